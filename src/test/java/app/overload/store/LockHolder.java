package app.overload.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A second app window in miniature, for the lock tests: takes a shared hold on the logbook named by its first
 * argument, says so, and keeps it until its standard input closes. With a second argument it is that command
 * instead ("overload import"), or with "overload restore" a restore, holding the logbook alone.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        LogbookLock.Holder me = args.length > 1 ? LogbookLock.me(args[1], false)
                : LogbookLock.me("the Overload app", true);
        Path logbook = Path.of(args[0]);
        try (LogbookLock lock = me.what().equals("overload restore")
                ? LogbookLock.sole(logbook, me, Duration.ofSeconds(30), holders -> { })
                : LogbookLock.share(logbook, me, Duration.ofSeconds(30)).orElseThrow()) {
            System.out.println("held alone=" + lock.alone() + " pid=" + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the test to let go.
            }
        }
    }
}
