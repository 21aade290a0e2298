package app.overload.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A lock file beside the logbook ({@code overload.db.lock}) that an open app window holds. SQLite already keeps two
 * writers apart; this lock lets a restore refuse to swap the file under a running app, and lets a second window
 * know it is not the only one.
 */
public final class LogbookLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LogbookLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path fileFor(Path logbook) {
        return logbook.toAbsolutePath().resolveSibling(logbook.getFileName() + ".lock");
    }

    /** Takes the lock, or returns empty when another process (or window) holds it or it cannot be created. */
    public static Optional<LogbookLock> tryAcquire(Path logbook) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(fileFor(logbook), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new LogbookLock(channel, lock));
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    /** Whether some running app holds the lock of {@code logbook} right now. */
    public static boolean heldElsewhere(Path logbook) {
        if (!fileFor(logbook).toFile().exists()) {
            return false;
        }
        Optional<LogbookLock> probe = tryAcquire(logbook);
        probe.ifPresent(LogbookLock::close);
        return probe.isEmpty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Released when the channel closes anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing else to do with a lock file that will not close.
            }
        }
    }
}
