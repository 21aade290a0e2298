package app.overload.ui;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests, where the order of events must be exact. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void submit(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.run(BackgroundWork.Progress.NONE);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
