package app.overload.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.core.DB;

/**
 * The logbook file. Opening checks that the file is an Overload logbook this version can read, copies it aside
 * and migrates it when it is older, and refuses (leaving it untouched) when it is foreign, damaged, newer or empty.
 *
 * <p>All writes go through one connection, one transaction at a time ({@link #write}); reads use their own
 * connections ({@link #read}) and, thanks to WAL, never wait for a writer.
 *
 * <p>Opened {@linkplain Options#lookingOnly only to look}, nothing is written, created or migrated: a missing file
 * reads as an empty logbook and an older one as an upgraded copy, both held in memory.
 */
public final class Database implements AutoCloseable {

    /** How long a window or command waits for a restore under way before it gives up. */
    private static final Duration RESTORE_WAIT = Duration.ofSeconds(60);

    private final Path file;
    private final Options options;
    /** For files that cannot be written at all, or only looked at: reads then bypass the WAL machinery. */
    private final boolean immutable;
    private final Connection writer;
    /** A logbook held in memory (a look at a missing or older file): the one connection every read uses. */
    private final Connection memory;
    private volatile LogbookLock lock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    Database(Path file, Options options, boolean immutable, Connection writer, Connection memory,
            LogbookLock lock) {
        this.file = file;
        this.options = options;
        this.immutable = immutable;
        this.writer = writer;
        this.memory = memory;
        this.lock = lock;
    }

    /**
     * How to open: how long to wait for another writer; whether to open read-only even if the file could be
     * written (a file or folder that cannot be written is always opened read-only), or only to look; who holds the
     * logbook's lock ({@link LogbookLock}) while it is open, if anyone; and whether an empty file may become a new
     * logbook.
     */
    public record Options(Duration busyTimeout, boolean readOnly, boolean onlyLooking, LogbookLock.Holder holder,
            boolean startInEmptyFile) {

        public static final Options DEFAULT = new Options(Duration.ofSeconds(5), false, false, null, false);

        public Options readOnlyAccess() {
            return new Options(busyTimeout, true, onlyLooking, holder, startInEmptyFile);
        }

        public Options waitingAtMost(Duration timeout) {
            return new Options(timeout, readOnly, onlyLooking, holder, startInEmptyFile);
        }

        /** Reads only, and creates, copies or migrates nothing, not even a missing file. */
        public Options lookingOnly() {
            return new Options(busyTimeout, true, true, null, startInEmptyFile);
        }

        /** Holds the logbook's lock, shared, as the command {@code what} ("overload import"), while open. */
        public Options heldBy(String what) {
            return new Options(busyTimeout, readOnly, onlyLooking, LogbookLock.me(what, false), startInEmptyFile);
        }

        /** Holds the logbook's lock, shared, as an app window, while open. */
        public Options heldByWindow() {
            return new Options(busyTimeout, readOnly, onlyLooking, LogbookLock.me("the Overload app", true),
                    startInEmptyFile);
        }

        /** Lets a file of 0 bytes become a new logbook: only when the user said so. */
        public Options startingInEmptyFile() {
            return new Options(busyTimeout, readOnly, onlyLooking, holder, true);
        }
    }

    /**
     * Opens (creating when absent) the logbook at {@code file} and brings its schema up to date.
     *
     * @throws StoreException when the file cannot be used; the file is then left exactly as it was
     */
    public static Database open(Path file) {
        return open(file, Options.DEFAULT);
    }

    public static Database open(Path file, Options requested) {
        Path absolute = file.toAbsolutePath();
        if (requested.onlyLooking()) {
            return Opening.look(absolute, requested);
        }
        Opening.checkHeader(absolute, requested.startInEmptyFile());
        boolean immutable = !canWrite(absolute);
        boolean readOnly = requested.readOnly() || immutable;
        Options options = readOnly ? requested.readOnlyAccess() : requested;
        if (readOnly && !Files.exists(absolute)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "Cannot create " + absolute
                    + ": the folder is not writable.");
        }
        LogbookLock held = null;
        if (!readOnly) {
            Opening.createParent(absolute);
            if (options.holder() != null) {
                held = LogbookLock.share(absolute, options.holder(), RESTORE_WAIT).orElse(null);
                if (held != null) {
                    // Under a shared hold no restore runs anywhere, so whatever one left is a leftover.
                    Leftovers.clean(absolute);
                }
            }
        }
        Connection connection = null;
        try {
            connection = connect(absolute, options, immutable ? Access.IMMUTABLE : readOnly ? Access.READER
                    : Access.WRITER);
            Opening.prepare(absolute, connection, readOnly);
            return new Database(absolute, options, immutable, readOnly ? null : connection, null, held);
        } catch (SQLException e) {
            closeAll(connection, held);
            throw StoreException.from(e, "opening " + absolute.getFileName(), absolute);
        } catch (RuntimeException e) {
            closeAll(connection, held);
            throw e;
        } finally {
            if (readOnly && connection != null) {
                closeQuietly(connection);
            }
        }
    }

    private static void closeAll(Connection connection, LogbookLock held) {
        if (connection != null) {
            closeQuietly(connection);
        }
        if (held != null) {
            held.close();
        }
    }

    /** Opens a logbook only to look at it, such as a backup or a file a restore would replace. */
    static Database openToLook(Path file) {
        return open(file, Options.DEFAULT.lookingOnly());
    }

    /**
     * Whether Overload can write this logbook: the file (when it exists) and its folder, where SQLite keeps its
     * write-ahead log, must both be writable. A folder that does not exist yet is created if its parent allows.
     */
    static boolean canWrite(Path file) {
        Path folder = file.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        boolean folderWritable = folder != null && Files.isWritable(folder);
        return folderWritable && (!Files.exists(file) || Files.isWritable(file));
    }

    /** True when the logbook could only be opened for reading; every write then fails with a clear message. */
    public boolean readOnly() {
        return options.readOnly();
    }

    /**
     * A consistent copy of the whole logbook through SQLite's online backup API, safe while other connections
     * read and write; what the source's write-ahead log holds is included.
     */
    static void copyTo(Connection connection, Path target) throws SQLException {
        DB db = ((SQLiteConnection) connection).getDatabase();
        int rc = db.backup("main", target.toString(), null);
        if (rc != 0) {
            throw DB.newSQLException(rc, "copying the logbook to " + target.getFileName());
        }
    }

    /** Runs the full integrity check (indexes too) on the open logbook; empty when sound. Reads the whole file. */
    public List<String> fullCheck() {
        return read(c -> IntegrityCheck.problems(c, true));
    }

    /**
     * The full integrity check of a file nothing else is writing (a copy just made), read as an unchanging file so
     * nothing is created beside it; a file SQLite cannot read at all is one problem.
     */
    static List<String> fullCheckOf(Path file) {
        try (Connection c = connect(file, Options.DEFAULT, Access.IMMUTABLE)) {
            return IntegrityCheck.problems(c, true);
        } catch (SQLException | StoreException e) {
            return List.of(e.getMessage());
        }
    }

    /** Where copies of this logbook go: a {@code backups} folder beside it. */
    public static Path backupsFolder(Path file) {
        return file.toAbsolutePath().getParent().resolve("backups");
    }

    /** The three ways a connection is opened. */
    enum Access {
        /** The one writing connection. */
        WRITER,
        /** A reading connection beside the writer. */
        READER,
        /**
         * Reading a file that cannot be written at all, or one only looked at with no -wal beside it: opened
         * immutable, which reads a WAL-mode file without creating SQLite's shared-memory file beside it.
         */
        IMMUTABLE
    }

    static SQLiteConfig config(Options options, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.busyTimeout().toMillis()));
        // FULL: a commit the user saw confirmed survives a power cut too, not only a crash of the app.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setReadOnly(readOnly);
        return config;
    }

    static Connection connect(Path file, Options options, Access access) {
        SQLiteConfig config = config(options, access != Access.WRITER);
        String url = "jdbc:sqlite:" + file;
        if (access == Access.IMMUTABLE) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            url = "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        }
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw StoreException.from(e, "opening " + file.getFileName(), file);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} on a reading connection; it sees the last committed state. */
    public <T> T read(SqlWork<T> work) {
        checkOpen();
        if (memory != null) {
            writeLock.lock();
            try {
                return work.apply(memory);
            } catch (SQLException e) {
                throw StoreException.from(e, "reading the logbook");
            } finally {
                writeLock.unlock();
            }
        }
        Connection connection = idleReaders.poll();
        if (connection == null) {
            connection = connect(file, options, immutable ? Access.IMMUTABLE : Access.READER);
        }
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw StoreException.from(e, "reading the logbook", file);
        } finally {
            if (closed) {
                closeQuietly(connection);
            } else {
                idleReaders.push(connection);
            }
        }
    }

    /**
     * Runs {@code work} in one write transaction: it is committed when {@code work} returns and rolled back,
     * leaving nothing behind, when it throws.
     */
    public <T> T write(String doing, SqlWork<T> work) {
        checkOpen();
        if (writer == null) {
            throw new StoreException(StoreException.Reason.READ_ONLY, file.getFileName() + " is open read-only "
                    + "(the file or its folder cannot be written), so " + doing + " was not saved. Nothing changed.");
        }
        writeLock.lock();
        try {
            try (Statement st = writer.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.apply(writer);
                try (Statement st = writer.createStatement()) {
                    st.execute("COMMIT");
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback();
                throw e;
            }
        } catch (SQLException e) {
            StoreException failure = StoreException.from(e, doing, file);
            if (failure.reason() == StoreException.Reason.DISK_FULL) {
                emptyTheLog();
            }
            throw failure;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * After a write the full disk stopped: the rolled-back pages still fill the write-ahead log and would keep the
     * disk full, so the log is checkpointed and cut back to nothing where it can be.
     */
    private void emptyTheLog() {
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException ignored) {
            // The log holds commits that do not fit in the main file yet; they stay safe where they are.
        }
    }

    private void rollback() {
        try (Statement st = writer.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // The transaction is already gone (SQLite rolls back itself on some errors); nothing was committed.
        }
    }

    /** The schema version of the open file. */
    public int version() {
        return read(Migrations::currentVersion);
    }

    /** The hold on the logbook's lock this opening took, if it took one and still has it. */
    public LogbookLock lock() {
        return lock;
    }

    /**
     * Hands this opening's lock to the caller, who must close it: closing the database then leaves it held. A
     * restore in the app keeps the logbook to itself this way from closing it to opening the restored file.
     */
    public LogbookLock detachLock() {
        LogbookLock held = lock;
        lock = null;
        return held;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The logbook " + file.getFileName() + " is closed.");
        }
    }

    /** Closes readers first, so the writer is the last connection and checkpoints the WAL back into the file. */
    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idleReaders.poll()) != null) {
            closeQuietly(c);
        }
        writeLock.lock();
        try {
            if (writer != null) {
                closeQuietly(writer);
            }
            if (memory != null) {
                closeQuietly(memory);
            }
        } finally {
            writeLock.unlock();
        }
        LogbookLock held = detachLock();
        if (held != null) {
            held.close();
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the first error is the one worth reporting.
        }
    }
}
