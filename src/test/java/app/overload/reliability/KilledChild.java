package app.overload.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A child JVM running one of the crash tests' loops, to be killed: what it confirmed ("saved <id>") is collected as
 * it prints it, and every line it printed is kept.
 */
final class KilledChild {

    final Process process;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch ready = new CountDownLatch(1);
    final CountDownLatch drained = new CountDownLatch(1);

    private KilledChild(Process process) {
        this.process = process;
    }

    static KilledChild start(Class<?> main, Path db, Set<String> confirmed, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                main.getName(), db.toString()));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        KilledChild child = new KilledChild(process);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    child.lines.add(line);
                    if (line.equals("ready")) {
                        child.ready.countDown();
                    } else if (line.startsWith("saved ")) {
                        confirmed.add(line.substring(6));
                    }
                }
            } catch (IOException e) {
                // The process was killed mid-line; what it printed before counts.
            } finally {
                child.drained.countDown();
                child.ready.countDown();
            }
        });
        reader.setDaemon(true);
        reader.start();
        return child;
    }
}
