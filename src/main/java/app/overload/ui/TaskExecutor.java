package app.overload.ui;

import java.util.function.Consumer;

/**
 * Runs work in the background and hands the result back on the UI thread. Views and view models get one injected,
 * so tests can swap in {@link CurrentThreadTaskExecutor} and stay deterministic.
 */
public interface TaskExecutor {

    <T> void submit(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);

    void shutdown();
}
