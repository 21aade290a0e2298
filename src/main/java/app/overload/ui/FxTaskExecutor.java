package app.overload.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs work on two daemon threads and delivers results on the JavaFX thread. The latest progress of any running
 * work is published as properties the status bar shows.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService pool;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final AtomicInteger running = new AtomicInteger();

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "overload-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        running.incrementAndGet();
        pool.execute(() -> {
            if (handle.isCancelled()) {
                Platform.runLater(this::finished);
                return;
            }
            BackgroundWork.Progress sink = (fraction, message) -> Platform.runLater(() -> {
                if (!handle.isCancelled()) {
                    progress.set(fraction);
                    status.set(message);
                }
            });
            try {
                T result = work.run(sink);
                Platform.runLater(() -> {
                    finished();
                    if (!handle.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Background work failed: " + description, e);
                Platform.runLater(() -> {
                    finished();
                    if (!handle.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return handle;
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            status.set("");
            progress.set(0);
        }
    }

    /** True when nothing submitted is still running or waiting to deliver its result. */
    public boolean idle() {
        return running.get() == 0;
    }

    /** What the running work last said it was doing; empty when idle. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Progress of the running work, 0–1, or negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
