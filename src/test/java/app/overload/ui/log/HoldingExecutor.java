package app.overload.ui.log;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import app.overload.ui.BackgroundWork;
import app.overload.ui.TaskExecutor;
import app.overload.ui.TaskHandle;
import javafx.application.Platform;

/**
 * Background work in the order a test chooses, for races between a read and the window. Held work waits until the
 * test releases it; other work runs at once on the calling thread, and its result arrives in a later turn of the FX
 * thread, as a quick background read's would. Submit and release on the FX thread.
 */
final class HoldingExecutor implements TaskExecutor {

    private final Deque<Runnable> held = new ArrayDeque<>();
    private final Executor deliver;
    private boolean holding;

    /** Results arrive in a later turn of the FX thread. */
    HoldingExecutor() {
        this(Platform::runLater);
    }

    /** @param deliver runs the callbacks; {@code Runnable::run} for a test of a view model without a window */
    HoldingExecutor(Executor deliver) {
        this.deliver = deliver;
    }

    /** From now on, work waits for {@link #release()}. */
    synchronized void hold() {
        holding = true;
    }

    /** How many pieces of work wait; safe to ask from the test's thread. */
    synchronized int waiting() {
        return held.size();
    }

    /** Runs the held work in the order it came, and from now on runs work at once. */
    void release() {
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
        }
    }

    private synchronized Runnable poll() {
        holding = false;
        return held.poll();
    }

    @Override
    public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        Runnable run = () -> {
            if (handle.isCancelled()) {
                return;
            }
            try {
                T result = work.run(BackgroundWork.Progress.NONE);
                deliver.execute(() -> {
                    if (!handle.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                deliver.execute(() -> {
                    if (!handle.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            }
        };
        synchronized (this) {
            if (holding) {
                held.add(run);
                return handle;
            }
        }
        run.run();
        return handle;
    }

    @Override
    public void shutdown() {
        // nothing runs on threads of its own
    }
}
