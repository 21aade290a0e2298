package app.overload.ui;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests, where the order of events must be exact. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        T result;
        try {
            result = work.run(BackgroundWork.Progress.NONE);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
