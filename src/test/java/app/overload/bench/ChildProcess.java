package app.overload.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts a fresh JVM under Monocle's headless platform and times it from the moment the process is started to the
 * first output line that begins with an expected prefix.
 */
final class ChildProcess {

    /** The same headless JavaFX settings the UI tests use, so no display is needed. */
    static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1400x900-32");

    /** What the child printed on the awaited line and how long it took to print it. */
    record Result(double millis, String line) {
    }

    private ChildProcess() {
    }

    /** How to start the packaged app: {@code -jar target/overload.jar}, as a user does (Monocle is inside). */
    static List<String> packagedApp() {
        Path jar = Path.of(System.getProperty("overload.jar", "target/overload.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the benchmark runs after `mvn package`");
        }
        return List.of("-jar", jar.toString());
    }

    /** The AppCDS archive the build made for the packaged app. */
    static Path packagedArchive() {
        return Path.of(System.getProperty("overload.jar", "target/overload.jar")).resolveSibling("overload.jsa");
    }

    /**
     * How to start the plain window: JavaFX's jars, Monocle and the benchmark's classes only, so that it loads its
     * classes from jars as the packaged app does, not from the app's own class folders.
     */
    static List<String> plainWindow() {
        String path = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> {
                    String name = Path.of(entry).getFileName().toString();
                    return name.startsWith("javafx-base") || name.startsWith("javafx-graphics")
                            || name.startsWith("javafx-controls") || name.startsWith("openjfx-monocle")
                            || entry.endsWith("test-classes");
                })
                .collect(Collectors.joining(File.pathSeparator));
        return List.of("-cp", path, PlainWindow.Launcher.class.getName());
    }

    static Result run(List<String> jvmOptions, List<String> launch, List<String> args, String awaitPrefix)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.addAll(jvmOptions);
        command.addAll(launch);
        command.addAll(args);
        return time(new ProcessBuilder(command), awaitPrefix);
    }

    /** Starts {@code builder}'s command and times it to the first output line beginning with {@code awaitPrefix}. */
    static Result time(ProcessBuilder builder, String awaitPrefix) throws IOException, InterruptedException {
        List<String> command = builder.command();
        long start = System.nanoTime();
        Process process = builder.redirectErrorStream(true).start();
        String found = null;
        double millis = Double.NaN;
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (found == null && line.startsWith(awaitPrefix)) {
                    millis = (System.nanoTime() - start) / 1e6;
                    found = line;
                }
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end:\n" + output);
        }
        if (found == null || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " never printed \"" + awaitPrefix
                    + "\" or failed:\n" + output);
        }
        return new Result(millis, found);
    }

    /** Something started in a child process and timed to a line it prints. */
    interface Timed {
        Result run() throws IOException, InterruptedException;
    }

    /** One way of starting a child JVM and the line that ends its timing. */
    record Start(List<String> jvmOptions, List<String> launch, List<String> args, String awaitPrefix) implements Timed {
        @Override
        public Result run() throws IOException, InterruptedException {
            return ChildProcess.run(jvmOptions, launch, args, awaitPrefix);
        }
    }

    /**
     * Median time to the awaited line of each start, over {@code runs} rounds after {@code warmUp} rounds that fill
     * the OS file cache. Each round starts every one once, so that a slow spell of the machine hits all alike.
     */
    static double[] interleavedMedians(int warmUp, int runs, List<? extends Timed> starts) throws Exception {
        double[][] times = new double[starts.size()][runs];
        for (int round = -warmUp; round < runs; round++) {
            for (int i = 0; i < starts.size(); i++) {
                double millis = starts.get(i).run().millis();
                if (round >= 0) {
                    times[i][round] = millis;
                }
            }
        }
        double[] medians = new double[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            Arrays.sort(times[i]);
            medians[i] = runs % 2 == 1 ? times[i][runs / 2] : (times[i][runs / 2 - 1] + times[i][runs / 2]) / 2;
        }
        return medians;
    }
}
