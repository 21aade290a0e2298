package app.overload.store;

import java.nio.file.Path;

/**
 * A second app window in miniature, for {@link LogbookLockTest}: takes a shared hold on the logbook named by its
 * argument, says so, and keeps it until its standard input closes.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (LogbookLock lock = LogbookLock.share(Path.of(args[0])).orElseThrow()) {
            System.out.println("held alone=" + lock.alone());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the test to let go.
            }
        }
    }
}
