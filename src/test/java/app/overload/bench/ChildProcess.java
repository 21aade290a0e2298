package app.overload.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a fresh JVM on the benchmark's class path under Monocle's headless platform and times it from the moment
 * the process is started to the first output line that begins with an expected prefix.
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

    static Result run(List<String> jvmOptions, String mainClass, List<String> args, String awaitPrefix)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
        }
        if (found == null) {
            throw new IllegalStateException(mainClass + " never printed \"" + awaitPrefix + "\":\n" + output);
        }
        return new Result(millis, found);
    }

    /** Median start-up time over several fresh JVMs, after warm-up starts that fill the OS file cache. */
    static double medianStartup(List<String> jvmOptions, String mainClass, List<String> args, String awaitPrefix,
            int warmUp, int runs) throws Exception {
        return Timing.median(warmUp, runs, () -> run(jvmOptions, mainClass, args, awaitPrefix));
    }
}
