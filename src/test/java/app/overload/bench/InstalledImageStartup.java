package app.overload.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Start-up of the installed app: the app image {@code mvn -Pinstaller package} leaves in target/installer, started
 * through its own launcher and runtime with the class-data archive made where it lies (as the .deb's postinst does),
 * against the packaged jar started with its archive. Measured only when the image was built, that is with
 * {@code mvn -Pbench,installer verify}.
 */
final class InstalledImageStartup {

    private InstalledImageStartup() {
    }

    static Optional<Figure> measure(Path ten, Path work) throws Exception {
        Path launcher = Path.of(System.getProperty("overload.jar", "target/overload.jar"))
                .resolveSibling("installer/image/overload/bin/overload");
        if (!Files.isExecutable(launcher)) {
            System.out.println("Start-up of the installed image: skipped, " + launcher + " was not built "
                    + "(mvn -Pbench,installer verify builds it).");
            return Optional.empty();
        }
        System.out.println("Start-up of the installed image…");
        requireAppArchive(launcher, work);
        List<String> options = List.of("-Doverload.probe=startup", "-Duser.home=" + work.resolve("home"));
        List<String> jarWithArchive = new ArrayList<>(options);
        jarWithArchive.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + ChildProcess.packagedArchive()));
        List<String> db = List.of("--db", ten.toString());
        double[] medians = ChildProcess.interleavedMedians(2, 7, List.of(
                new ChildProcess.Start(jarWithArchive, ChildProcess.packagedApp(), db, "probe history-visible"),
                new ImageStart(launcher, options, db, "probe history-visible")));
        return Optional.of(new Figure("Start-up of the installed image (own runtime, archive made where it lies) vs "
                + "the packaged jar with its archive", medians[1], "ms", medians[0], "≤ 1.1 × the jar with its archive",
                medians[1] <= 1.1 * medians[0]));
    }

    /**
     * -Xshare:on only proves that some archive was used, and the runtime's archive of JDK classes always fits: the
     * app's own classes must come from the archive too, or the figure would time a start without it.
     */
    private static void requireAppArchive(Path launcher, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("image-classes.log");
        new ImageStart(launcher, List.of("-Xlog:class+load=info:file=" + log), List.of("--version"), "Overload").run();
        if (!Files.readString(log).contains("app.overload.Main source: shared objects file")) {
            throw new IllegalStateException("The image's class-data archive does not hold the app's classes: run "
                    + launcher.resolveSibling("../lib/app/make-class-archive").normalize());
        }
    }

    /** The image's launcher, which takes JVM options only through JAVA_TOOL_OPTIONS. */
    private record ImageStart(Path launcher, List<String> jvmOptions, List<String> args, String awaitPrefix)
            implements ChildProcess.Timed {
        @Override
        public ChildProcess.Result run() throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(launcher.toString());
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command);
            List<String> all = new ArrayList<>(ChildProcess.HEADLESS);
            all.add("-Xshare:on");
            all.addAll(jvmOptions);
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", all));
            return ChildProcess.time(builder, awaitPrefix);
        }
    }
}
