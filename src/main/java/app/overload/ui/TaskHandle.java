package app.overload.ui;

/**
 * A piece of submitted background work, to cancel when its result is no longer wanted. Cancelling is a promise about
 * the callbacks: after {@link #cancel()} (on the FX thread) neither of them runs, and work that has not started yet
 * is skipped. Work already running is left to finish rather than interrupted: an interrupt would close the file
 * channels SQLite and the backups write through.
 */
public final class TaskHandle {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
