package app.overload.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Measuring aid for the benchmark, off unless the JVM runs with {@code -Doverload.probe=startup} or
 * {@code =sections}. "startup" prints {@code probe history-visible} on the first frame in which the history table
 * shows sessions, then quits; "sections" opens every section in turn, waits for its data, then prints the peak heap
 * and quits. The benchmark reads these lines from the app's output.
 */
final class StartupProbe {

    static final String PROPERTY = "overload.probe";

    private final Scene scene;
    private final MainWindow window;
    private final FxTaskExecutor executor;
    private final Deque<String> toVisit = new ArrayDeque<>();
    private boolean done;
    private int quietPulses;

    private StartupProbe(Scene scene, MainWindow window, FxTaskExecutor executor) {
        this.scene = scene;
        this.window = window;
        this.executor = executor;
    }

    static void installIfAsked(Scene scene, MainWindow window, FxTaskExecutor executor) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        StartupProbe probe = new StartupProbe(scene, window, executor);
        scene.addPostLayoutPulseListener("sections".equals(mode) ? probe::visitSections : probe::historyVisible);
    }

    private void historyVisible() {
        if (!done && historyHasRows()) {
            done = true;
            StartupTrace.mark("history visible");
            System.out.println("probe history-visible");
            System.out.flush();
            Platform.exit();
        }
    }

    private boolean historyHasRows() {
        return scene.lookup("#history") != null && scene.lookup("#history").lookup(".table-view") instanceof TableView<?>
                table && !table.getItems().isEmpty();
    }

    /** Each pulse: once the executor has been idle for a few frames, move on to the next section. */
    private void visitSections() {
        if (done) {
            return;
        }
        if (toVisit.isEmpty() && quietPulses == 0) {
            List<String> ids = window.sectionIds();
            if (ids.isEmpty() || !historyHasRows()) {
                return;
            }
            toVisit.addAll(ids);
            quietPulses = 1;
        }
        if (!executor.idle()) {
            quietPulses = 1;
            Platform.requestNextPulse();
            return;
        }
        if (++quietPulses < 3) {
            Platform.requestNextPulse();
            return;
        }
        quietPulses = 1;
        if (!toVisit.isEmpty()) {
            window.select(toVisit.poll());
            Platform.requestNextPulse();
            return;
        }
        done = true;
        System.out.println("probe peak-heap " + peakHeap());
        System.out.flush();
        Platform.exit();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
