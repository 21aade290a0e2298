package app.overload.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A lock file beside the logbook ({@code overload.db.lock}). Every open app window holds a shared lock on it; a
 * restore needs the lock alone, so it can never swap the file under a window that still has it open. SQLite already
 * keeps two writers apart; this lock is only about the file as a whole, and lets a window know it is not the only
 * one.
 *
 * <p>Operating-system file locks are held per process, and the JVM refuses two overlapping locks of its own, so two
 * windows are told apart only when they run in separate processes, as two starts of the app do.
 */
public final class LogbookLock implements AutoCloseable {

    private final FileChannel channel;
    private FileLock lock;
    private final boolean alone;

    private LogbookLock(FileChannel channel, FileLock lock, boolean alone) {
        this.channel = channel;
        this.lock = lock;
        this.alone = alone;
    }

    public static Path fileFor(Path logbook) {
        return logbook.toAbsolutePath().resolveSibling(logbook.getFileName() + ".lock");
    }

    /**
     * A window's hold on the logbook, shared with any other window. Empty when the lock file cannot be made or a
     * restore holds the logbook alone right now.
     */
    public static Optional<LogbookLock> share(Path logbook) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(fileFor(logbook), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock sole = channel.tryLock();
            boolean alone = sole != null;
            if (sole != null) {
                sole.release();
            }
            FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new LogbookLock(channel, shared, alone));
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    /** The lock alone, or empty when any window (or another restore) holds it or it cannot be made. */
    public static Optional<LogbookLock> tryAcquire(Path logbook) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(fileFor(logbook), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new LogbookLock(channel, lock, true));
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    /** Whether no other window held the logbook when this hold was taken. */
    public boolean alone() {
        return alone;
    }

    /**
     * Turns this window's shared hold into the only one, if no other process holds the logbook; otherwise leaves the
     * shared hold as it was and returns false.
     */
    public synchronized boolean takeSole() {
        try {
            if (lock != null && !lock.isShared()) {
                return true;
            }
            if (lock != null) {
                lock.release();
            }
            FileLock sole = channel.tryLock();
            if (sole != null) {
                lock = sole;
                return true;
            }
            lock = channel.tryLock(0, Long.MAX_VALUE, true);
            return false;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (lock != null) {
                lock.release();
            }
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
