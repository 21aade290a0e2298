package app.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.overload.exchange.BlockFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux package that {@code mvn -Pinstaller package} builds, unpacked as dpkg would install it (into a temporary
 * folder instead of /opt, so no root is needed) and given its class-data archive the way its postinst does: the app
 * starts from it with no JDK and no display and shows the history of a sample logbook. Skipped unless the build made
 * a .deb.
 */
@EnabledOnOs(OS.LINUX)
class InstallerIT {

    @TempDir
    static Path root;
    @TempDir
    Path folder;

    private static Path deb;
    /** The unpacked /opt/overload. */
    private static Path app;

    private record Result(int code, String output) {
    }

    @BeforeAll
    static void install() throws Exception {
        String dir = System.getProperty("overload.installer");
        assumeTrue(dir != null && "deb".equals(System.getProperty("overload.installer.type")),
                "no .deb was built (mvn -Pinstaller verify on Linux builds one)");
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Path unpacked = root.resolve("unpacked");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString()), Map.of()).code()).isZero();
        app = unpacked.resolve("opt/overload");
        Result archive = run(List.of("sh", app.resolve("lib/app/make-class-archive").toString()), Map.of());
        assertThat(archive.code()).as(archive.output()).isZero();
    }

    @Test
    void theInstalledAppShowsTheHistoryOfASampleLogbookWithoutAJdkOrADisplay() throws Exception {
        String db = folder.resolve("sample.db").toString();
        Result demo = app(List.of(), "demo", "--db", db, "--until", "2026-11-23");
        assertThat(demo.code()).as(demo.output()).isZero();

        // -Xshare:on: a class-data archive that does not fit the installed image stops the start instead of slowing it.
        Path classes = folder.resolve("classes.log");
        Result started = app(List.of("-Xshare:on", "-Xlog:class+load=info:file=" + classes,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Doverload.probe=startup"), "--db", db);
        assertThat(started.code()).as(started.output()).isZero();
        assertThat(started.output()).contains("probe history-visible");
        assertThat(folder.resolve("data/overload")).as("the platform data folder").isDirectory();
        assertThat(Files.readString(classes)).as("the app's classes come from the archive made on install")
                .contains("app.overload.ui.OverloadApp source: shared objects file");
    }

    @Test
    void thePackageCarriesItsOwnTrimmedRuntime() throws IOException {
        Path runtime = app.resolve("lib/runtime");
        assertThat(runtime.resolve("bin/java")).isExecutable();
        assertThat(runtime.resolve("bin/javac")).doesNotExist();
        assertThat(runtime.resolve("lib/server/classes.jsa")).as("the runtime's class-data archive").isRegularFile();
        String modules = Files.readAllLines(runtime.resolve("release")).stream()
                .filter(line -> line.startsWith("MODULES=")).findFirst().orElseThrow();
        assertThat(modules).contains("java.sql", "java.desktop").doesNotContain("jdk.compiler");
    }

    @Test
    void thePackageRegistersAMenuEntryThatOpensBlockFiles() throws Exception {
        String desktop = Files.readString(app.resolve("lib/overload-overload.desktop"));
        assertThat(desktop).contains("Name=Overload", "Exec=/opt/overload/bin/overload %F",
                "Icon=/opt/overload/lib/overload.png", "MimeType=application/x-overload-block+json");
        assertThat(app.resolve("lib/overload.png")).isRegularFile();
        assertThat(Files.readString(app.resolve("lib/overload-overload-MimeInfo.xml")))
                .contains("<glob pattern=\"*" + BlockFormat.FILE_EXTENSION + "\"");

        Path control = root.resolve("control");
        assertThat(run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()), Map.of()).code()).isZero();
        assertThat(Files.readString(control.resolve("postinst"))).contains("xdg-mime install",
                "lib/app/make-class-archive");
        assertThat(Files.readString(control.resolve("prerm"))).contains("xdg-mime uninstall",
                "update-alternatives --remove overload");
    }

    /**
     * Runs the installed launcher with no JDK to be found (no JAVA_HOME, nothing on the PATH), no display, and its
     * data folder and home in this test's folder; JVM options go in through JAVA_TOOL_OPTIONS, as the launcher takes
     * no others.
     */
    private Result app(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(app.resolve("bin/overload").toString());
        command.addAll(List.of(args));
        Path empty = Files.createDirectories(folder.resolve("empty-path"));
        return run(command, Map.of("PATH", empty.toString(), "HOME", folder.resolve("home").toString(),
                "XDG_DATA_HOME", folder.resolve("data").toString(), "JAVA_TOOL_OPTIONS",
                String.join(" ", jvmOptions) + " -Duser.home=" + folder.resolve("home")));
    }

    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "JAVA_HOME", "JDK_JAVA_OPTIONS"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
