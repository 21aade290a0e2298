package app.overload.cli;

import java.nio.file.Path;

import app.overload.store.LogbookLock;

/**
 * A second process that holds a logbook's lock the way an open app window does, until its standard input closes.
 * Prints "held" once it has the lock, "not held" if it could not take it.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        var lock = LogbookLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock.isPresent() ? "held" : "not held");
        System.out.flush();
        while (System.in.read() >= 0) {
            // Wait for the parent to close our input (or to end us).
        }
        lock.ifPresent(LogbookLock::close);
    }
}
