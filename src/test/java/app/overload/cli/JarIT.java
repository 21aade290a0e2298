package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import app.overload.exchange.fit.FitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs headless commands in a fresh JVM with no display at all. */
class JarIT {

    @TempDir
    Path folder;

    private record Result(int code, String output) {
    }

    private static Path jar() {
        return Path.of(System.getProperty("overload.jar", "target/overload.jar"));
    }

    private Result java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    /** Runs the jar with its data folder (XDG_DATA_HOME) inside this test's folder, not the user's. */
    private Result java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    @Test
    void demoAndSessionsRunFromTheJarWithoutADisplay() throws Exception {
        String db = folder.resolve("jar.db").toString();
        Result demo = java("demo", "--db", db, "--until", "2026-11-23");
        assertThat(demo.code()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("Wrote ");

        Result sessions = java("sessions", "--db", db, "--from", "2026-11-20");
        assertThat(sessions.code()).as(sessions.output()).isZero();
        assertThat(sessions.output()).contains("2026-11-2").containsPattern("\\d+ sessions\\.");
    }

    @Test
    void theBuildsAppCdsArchiveFitsTheJar() throws Exception {
        // The build makes the archive with this JVM; a JDK without its own base archive cannot make one.
        Path home = Path.of(System.getProperty("java.home"));
        assumeTrue(Files.exists(home.resolve("lib/server/classes.jsa")) || Files.exists(home.resolve(
                "bin/server/classes.jsa")), "this JDK has no base CDS archive");
        Path archive = jar().resolveSibling("overload.jsa");
        assertThat(archive).exists();

        // -Xshare:on makes a mismatched or damaged archive a start-up error instead of a silent slow start.
        Result result = java(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive), "--version");
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).contains("Overload");
    }

    @Test
    void laterStartsLoadSqliteFromTheCopyInTheDataFolder() throws Exception {
        String db = folder.resolve("jar.db").toString();
        // A temporary folder the driver cannot unpack into: only a start that uses the kept copy gets SQLite.
        Path blocked = Files.writeString(folder.resolve("not-a-folder"), "").resolve("tmp");
        Result withoutCopy = java(List.of("-Dorg.sqlite.tmpdir=" + blocked, "-Dorg.sqlite.lib.path=" + blocked),
                "sessions", "--db", db);
        assertThat(withoutCopy.code()).as("the premise: nowhere to unpack, no SQLite").isNotZero();

        Result first = java("demo", "--db", db, "--until", "2026-11-23");
        assertThat(first.code()).as(first.output()).isZero();
        try (var copies = Files.list(folder.resolve("data/overload/native"))) {
            assertThat(copies).singleElement().satisfies(dir -> assertThat(dir.resolve(System.mapLibraryName(
                    "sqlitejdbc"))).isRegularFile());
        }

        Result later = java(List.of("-Dorg.sqlite.tmpdir=" + blocked), "sessions", "--db", db, "--from", "2026-11-20");
        assertThat(later.code()).as(later.output()).isZero();
        assertThat(later.output()).containsPattern("\\d+ sessions\\.");
    }

    @Test
    void theJarReadsFitFilesWithOverloadsOwnDecoder() throws Exception {
        // Garmin's SDK writes the file in this test's JVM; the jar that reads it holds no part of the SDK.
        Path fit = Files.write(folder.resolve("tri.fit"), FitFixtures.triathlon(FitFixtures.GARMIN_WATCH));
        byte[] cut = Files.readAllBytes(fit);
        Path damaged = Files.write(folder.resolve("cut.fit"), Arrays.copyOf(cut, cut.length - 100));
        String db = folder.resolve("fit.db").toString();

        Result imported = java("import-history", "--db", db, fit.toString());
        assertThat(imported.code()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("tri.fit: FIT", "5 sessions");
        Result sessions = java("sessions", "--db", db, "--from", "2024-07-01", "--to", "2024-07-01");
        assertThat(sessions.output()).contains("Triathlon — swim leg", "Triathlon — bike leg", "Triathlon — run leg");

        Result refused = java("import-history", "--db", db, damaged.toString());
        assertThat(refused.code()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("cut.fit:byte " + (cut.length - 100) + ": The FIT file is damaged");
        try (ZipFile jar = new ZipFile(jar().toFile())) {
            assertThat(jar.stream().map(ZipEntry::getName)).noneMatch(n -> n.startsWith("com/garmin/"));
        }
    }

    @Test
    void aBadCommandLineExplainsItselfFromTheJar() throws Exception {
        Result result = java("sessions", "--db", folder.resolve("x.db").toString(), "--from", "yesterday");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.output()).contains("is not a date");
    }
}
