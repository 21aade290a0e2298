package app.overload.ui;

import java.util.function.Consumer;

/**
 * Runs work in the background and hands the result back on the UI thread. Views and view models get one injected,
 * so tests can swap in {@link CurrentThreadTaskExecutor} and stay deterministic.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} off the UI thread, then exactly one of the callbacks on it, unless the returned handle is
     * cancelled first. For a series of requests of which only the newest counts, see {@link LatestOnly}.
     */
    <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);

    void shutdown();
}
