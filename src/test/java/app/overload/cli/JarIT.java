package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs headless commands in a fresh JVM with no display at all. */
class JarIT {

    @TempDir
    Path folder;

    private record Result(int code, String output) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(System.getProperty("overload.jar", "target/overload.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
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
    void aBadCommandLineExplainsItselfFromTheJar() throws Exception {
        Result result = java("sessions", "--db", folder.resolve("x.db").toString(), "--from", "yesterday");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.output()).contains("is not a date");
    }
}
