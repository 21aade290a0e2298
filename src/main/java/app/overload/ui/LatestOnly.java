package app.overload.ui;

import java.util.function.Consumer;

/**
 * Background work where only the newest request counts, such as charts for the picker's latest choice: submitting
 * cancels the request before it, and a result that arrives after a newer request was made is dropped, so a slow
 * answer never overwrites a newer one. Use from the FX thread only.
 */
public final class LatestOnly {

    private final TaskExecutor executor;
    private TaskHandle pending;
    /**
     * Counts requests, so a late result is dropped even when the executor could not cancel it (one that ran the work
     * already, or one in a test that holds work back and ignores cancelling).
     */
    private long latest;

    public LatestOnly(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Cancels any pending request and submits this one in its place. */
    public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        cancel();
        long request = latest;
        boolean[] delivered = {false};
        TaskHandle handle = executor.submit(description, work, result -> {
            if (request == latest) {
                delivered[0] = true;
                pending = null;
                onSuccess.accept(result);
            }
        }, error -> {
            if (request == latest) {
                delivered[0] = true;
                pending = null;
                onFailure.accept(error);
            }
        });
        // An executor that runs the work at once has delivered by now, and may even have taken a newer request.
        if (request == latest && !delivered[0]) {
            pending = handle;
        }
        return handle;
    }

    /** Drops the pending request, if any: its callbacks will not run. */
    public void cancel() {
        latest++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** True while a request waits for its result. */
    public boolean busy() {
        return pending != null;
    }
}
