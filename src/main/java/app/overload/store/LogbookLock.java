package app.overload.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A lock file beside the logbook ({@code overload.db.lock}). Every app window and every command that writes holds
 * its first byte, the gate, shared; a restore holds the gate alone, so it never swaps the file under anyone who
 * still has it open, and no writer starts while it runs. SQLite already keeps two writers apart; this lock is about
 * the file as a whole.
 *
 * <p>So that a refused restore can say what is in its way, each holder also locks one of {@value #SLOTS} slots after
 * the gate alone and writes into it who it is. The slot's lock, not its text, says whether that holder still runs:
 * a killed process leaves its text behind but its lock goes with it.
 *
 * <p>Operating-system locks are held per process, and closing any channel on the file may drop all of a process's
 * locks on it, so each hold keeps one channel and does every probe through it. Two holds in one process are told
 * apart by the JVM only (it refuses overlapping locks), which is why a second window is a second process.
 */
public final class LogbookLock implements AutoCloseable {

    private static final long GATE = 0;
    private static final long SLOT_BASE = 64;
    private static final int SLOT_SIZE = 192;
    private static final int SLOTS = 32;
    private static final long POLL_MILLIS = 50;
    /**
     * The lock files this process holds. A second channel on one of them must never be opened: closing it would
     * drop this process's locks on the file along with it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    /** Who holds a logbook: a process, whether it is an app window, and what it is ("overload import"). */
    public record Holder(long pid, boolean window, String what) {

        public String describe() {
            return pid > 0 ? what + " (process " + pid + ")" : what;
        }

        String encode() {
            return pid + "\t" + (window ? "window" : "command") + "\t" + what + "\n";
        }

        static Holder decode(String text) {
            String[] parts = text.split("\t", 3);
            try {
                return new Holder(Long.parseLong(parts[0]), "window".equals(parts[1]), parts[2].strip());
            } catch (RuntimeException e) {
                return unknown();
            }
        }

        static Holder unknown() {
            return new Holder(0, false, "another Overload window or command");
        }
    }

    private final Path logbook;
    private final FileChannel channel;
    private final Holder me;
    private FileLock gate;
    private FileLock slot;
    private final boolean alone;

    private LogbookLock(Path logbook, FileChannel channel, Holder me, FileLock gate, boolean alone) {
        this.logbook = logbook;
        this.channel = channel;
        this.me = me;
        this.gate = gate;
        this.alone = alone;
    }

    public static Path fileFor(Path logbook) {
        return logbook.toAbsolutePath().resolveSibling(logbook.getFileName() + ".lock");
    }

    /** What this process is, as other holders will read it. */
    public static Holder me(String what, boolean window) {
        return new Holder(ProcessHandle.current().pid(), window, what);
    }

    /**
     * A shared hold, as a window or a writing command takes it. A restore under way is waited for, up to
     * {@code wait}; past that a {@link StoreException} (BUSY) names it. Empty when the file system cannot lock
     * files at all: the logbook is then used unguarded, as before there was a lock.
     */
    public static Optional<LogbookLock> share(Path logbook, Holder me, Duration wait) {
        FileChannel channel = open(logbook);
        if (channel == null) {
            return Optional.empty();
        }
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                FileLock sole = channel.tryLock(GATE, 1, false);
                boolean alone = sole != null;
                if (sole != null) {
                    sole.release();
                }
                FileLock shared = channel.tryLock(GATE, 1, true);
                if (shared != null) {
                    LogbookLock lock = new LogbookLock(logbook, channel, me, shared, alone);
                    lock.claimSlot();
                    return Optional.of(lock);
                }
                if (System.nanoTime() > deadline) {
                    List<Holder> restoring = probe(channel, null);
                    closeQuietly(logbook, channel);
                    throw new StoreException(StoreException.Reason.BUSY, "A restore is replacing "
                            + logbook.getFileName() + (restoring.isEmpty() ? "" : " (" + describe(restoring) + ")")
                            + ". Try again when it is done.");
                }
                pause();
            }
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(logbook, channel);
            return Optional.empty();
        }
    }

    /**
     * The logbook alone, for a restore. Commands holding it finish by themselves, so they are waited for, up to
     * {@code wait}, telling {@code waiting} once who is in the way; an app window is held until the user closes it,
     * so a window in the way refuses at once.
     *
     * @throws StoreException BUSY naming the holders in the way; IO when the lock file cannot be made or locked
     */
    public static LogbookLock sole(Path logbook, Holder me, Duration wait, Consumer<List<Holder>> waiting) {
        FileChannel channel = open(logbook);
        if (channel == null) {
            throw HELD_HERE.contains(fileFor(logbook)) ? refusal(List.of(me("this Overload process", false)))
                    : new StoreException(StoreException.Reason.IO, "Cannot lock " + fileFor(logbook) + ", so a "
                            + "restore cannot make sure nothing else uses the logbook. Nothing changed.");
        }
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            boolean told = false;
            while (true) {
                FileLock gate = channel.tryLock(GATE, 1, false);
                if (gate != null) {
                    LogbookLock lock = new LogbookLock(logbook, channel, me, gate, true);
                    lock.claimSlot();
                    return lock;
                }
                List<Holder> inTheWay = probe(channel, null);
                boolean window = inTheWay.stream().anyMatch(Holder::window);
                if (window || System.nanoTime() > deadline) {
                    closeQuietly(logbook, channel);
                    throw refusal(inTheWay);
                }
                if (!told && !inTheWay.isEmpty()) {
                    waiting.accept(inTheWay);
                    told = true;
                }
                pause();
            }
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(logbook, channel);
            throw new StoreException(StoreException.Reason.BUSY, "Cannot lock " + fileFor(logbook).getFileName()
                    + " (" + e + "); another Overload window or command may have it. Nothing changed.", e);
        }
    }

    /** Why a restore cannot go ahead, naming what holds the logbook. */
    public static StoreException refusal(List<Holder> inTheWay) {
        String who = inTheWay.isEmpty() ? Holder.unknown().describe() : describe(inTheWay);
        return new StoreException(StoreException.Reason.BUSY, inTheWay.stream().anyMatch(Holder::window)
                ? "This logbook is open in " + who + "; close it, then restore. Nothing changed."
                : "This logbook is in use by " + who + "; try again when it has finished. Nothing changed.");
    }

    /** "the Overload app (process 12) and overload import (process 13)". */
    public static String describe(List<Holder> holders) {
        return holders.stream().map(Holder::describe).collect(Collectors.joining(" and "));
    }

    /** Whether no other window or command held the logbook when this hold was taken. */
    public boolean alone() {
        return alone;
    }

    /** The other processes holding the logbook now. */
    public synchronized List<Holder> others() {
        return probe(channel, slot);
    }

    /**
     * Turns this shared hold into the only one, if nothing else holds the logbook; otherwise keeps the shared hold
     * (waiting for it if a restore elsewhere slipped in between) and returns false.
     */
    public synchronized boolean takeSole() {
        try {
            if (gate != null && !gate.isShared()) {
                return true;
            }
            if (gate != null) {
                gate.release();
            }
            FileLock sole = channel.tryLock(GATE, 1, false);
            if (sole != null) {
                gate = sole;
                return true;
            }
            gate = channel.lock(GATE, 1, true);
            return false;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    /** Finds a free slot, locks it and writes who holds it; without a free slot the hold is simply not named. */
    private void claimSlot() {
        for (int i = 0; i < SLOTS; i++) {
            try {
                FileLock claimed = channel.tryLock(slotStart(i), SLOT_SIZE, false);
                if (claimed == null) {
                    continue;
                }
                slot = claimed;
                byte[] text = me.encode().getBytes(StandardCharsets.UTF_8);
                ByteBuffer padded = ByteBuffer.allocate(SLOT_SIZE);
                padded.put(text, 0, Math.min(text.length, SLOT_SIZE));
                padded.flip();
                try {
                    channel.write(padded, slotStart(i));
                } catch (IOException e) {
                    // A full disk: the hold still counts, it is only not named.
                }
                return;
            } catch (IOException | OverlappingFileLockException e) {
                // Taken in this process, or unlockable: try the next.
            }
        }
    }

    /** The holders of the slots other than {@code own}, read through {@code channel}. */
    private static List<Holder> probe(FileChannel channel, FileLock own) {
        List<Holder> found = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            long start = slotStart(i);
            if (own != null && own.position() == start) {
                continue;
            }
            try {
                FileLock free = channel.tryLock(start, SLOT_SIZE, false);
                if (free != null) {
                    free.release();
                    continue;
                }
            } catch (OverlappingFileLockException e) {
                continue; // another hold of this same process: not "someone else"
            } catch (IOException e) {
                // Cannot tell; read what is written.
            }
            found.add(read(channel, start));
        }
        return found;
    }

    private static Holder read(FileChannel channel, long start) {
        try {
            ByteBuffer text = ByteBuffer.allocate(SLOT_SIZE);
            channel.read(text, start);
            String written = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8);
            int end = written.indexOf('\n');
            return end < 0 ? Holder.unknown() : Holder.decode(written.substring(0, end));
        } catch (IOException e) {
            return Holder.unknown(); // where locks are mandatory, a held slot cannot be read
        }
    }

    private static long slotStart(int i) {
        return SLOT_BASE + (long) i * SLOT_SIZE;
    }

    /** A channel on the lock file, or null when it cannot be made or this process already holds it. */
    private static FileChannel open(Path logbook) {
        Path file = fileFor(logbook);
        if (!HELD_HERE.add(file)) {
            return null;
        }
        try {
            Files.createDirectories(file.getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            HELD_HERE.remove(file);
            return null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Reason.BUSY, "Stopped while waiting for the logbook's lock.", e);
        }
    }

    /** The logbook this lock guards. */
    public Path logbook() {
        return logbook;
    }

    @Override
    public synchronized void close() {
        for (FileLock held : new FileLock[] {slot, gate}) {
            try {
                if (held != null && held.isValid()) {
                    held.release();
                }
            } catch (IOException e) {
                // Released when the channel closes anyway.
            }
        }
        slot = null;
        gate = null;
        closeQuietly(channel);
    }

    private void closeQuietly(FileChannel channel) {
        closeQuietly(logbook, channel);
    }

    private static void closeQuietly(Path logbook, FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing else to do with a lock file that will not close.
            } finally {
                HELD_HERE.remove(fileFor(logbook));
            }
        }
    }
}
