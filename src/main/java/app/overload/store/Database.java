package app.overload.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The logbook file. Opening checks that the file is an Overload logbook this version can read, copies it aside
 * and migrates it when it is older, and refuses (leaving it untouched) when it is foreign, damaged or newer.
 *
 * <p>All writes go through one connection, one transaction at a time ({@link #write}); reads use their own
 * connections ({@link #read}) and, thanks to WAL, never wait for a writer.
 */
public final class Database implements AutoCloseable {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Options options;
    /** For files that cannot be written at all, or only looked at: reads then bypass the WAL machinery. */
    private final boolean immutable;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    private Database(Path file, Options options, boolean immutable, Connection writer) {
        this.file = file;
        this.options = options;
        this.immutable = immutable;
        this.writer = writer;
    }

    /**
     * How to open: how long to wait for another writer, and whether to open read-only even if the file could be
     * written (a file or folder that cannot be written is always opened read-only).
     */
    public record Options(Duration busyTimeout, boolean readOnly) {

        public static final Options DEFAULT = new Options(Duration.ofSeconds(5), false);

        public Options readOnlyAccess() {
            return new Options(busyTimeout, true);
        }

        public Options waitingAtMost(Duration timeout) {
            return new Options(timeout, readOnly);
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
        return open(file, requested, false);
    }

    /**
     * Opens a logbook read-only only to look at it, such as a backup or a file a restore would replace. With no
     * write-ahead log beside it the main file holds everything, so it is read as an unchanging file and SQLite
     * leaves no -wal or -shm file behind; with one, it is read as usual so what the log holds counts.
     */
    static Database openToLook(Path file) {
        return open(file, Options.DEFAULT.readOnlyAccess(), true);
    }

    private static Database open(Path file, Options requested, boolean onlyLooking) {
        Path absolute = file.toAbsolutePath();
        checkHeader(absolute);
        boolean immutable = !canWrite(absolute)
                || onlyLooking && !Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"));
        boolean readOnly = requested.readOnly() || immutable;
        Options options = readOnly ? requested.readOnlyAccess() : requested;
        if (readOnly && !Files.exists(absolute)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "Cannot create " + absolute
                    + ": the folder is not writable.");
        }
        if (!readOnly) {
            createParent(absolute);
        }
        Connection connection = connect(absolute, options,
                immutable ? Access.IMMUTABLE : readOnly ? Access.READER : Access.WRITER);
        try {
            prepare(absolute, connection, readOnly);
            return new Database(absolute, options, immutable, readOnly ? null : connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.from(e, "opening " + absolute.getFileName());
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        } finally {
            if (readOnly) {
                closeQuietly(connection);
            }
        }
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

    private static void prepare(Path file, Connection connection, boolean readOnly) throws SQLException {
        // Everything up to the first migration only reads, so a refused file is left untouched.
        if (Migrations.isForeign(connection)) {
            throw new StoreException(StoreException.Reason.NOT_A_LOGBOOK, file.getFileName()
                    + " is an SQLite database of another program, not an Overload logbook. It was not changed.");
        }
        int version = Migrations.currentVersion(connection);
        int latest = Migrations.latestVersion();
        if (version > latest) {
            throw new StoreException(StoreException.Reason.NEWER_VERSION, file.getFileName()
                    + " was written by a newer version of Overload (logbook format " + version + "; this version reads"
                    + " up to " + latest + "). Update Overload to open it. The file was not changed.");
        }
        if (version > 0) {
            List<String> problems = IntegrityCheck.problems(connection);
            if (!problems.isEmpty()) {
                throw new StoreException(StoreException.Reason.DAMAGED, file.getFileName()
                        + " is damaged (SQLite integrity check: " + IntegrityCheck.summary(problems)
                        + "). It was not changed; restore it from a backup.");
            }
        }
        if (readOnly) {
            if (version < latest) {
                throw new StoreException(StoreException.Reason.READ_ONLY, file.getFileName() + " needs upgrading to "
                        + "logbook format " + latest + ", but it is read-only. Make the file and its folder writable "
                        + "to open it with this version.");
            }
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
        }
        if (version > 0 && version < latest) {
            copyBeforeMigrating(file, connection, version);
        }
        for (int v = version + 1; v <= latest; v++) {
            try {
                Migrations.apply(connection, v);
            } catch (SQLException e) {
                throw new StoreException(StoreException.Reason.IO, "Upgrading " + file.getFileName()
                        + " to logbook format " + v + " failed (" + e.getMessage() + "). It was left at format "
                        + (v - 1) + ".", e);
            }
        }
    }

    private static void copyBeforeMigrating(Path file, Connection connection, int version) throws SQLException {
        Path copy = Backups.newFile(file, Backups.Kind.BEFORE_UPGRADE, LocalDateTime.now());
        createParent(copy);
        copyTo(connection, copy);
    }

    /**
     * A consistent copy of the whole logbook through SQLite's online backup API, safe while other connections
     * read and write. Paths SQLite's backup command cannot quote fall back to {@code VACUUM INTO}.
     */
    static void copyTo(Connection connection, Path target) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (!target.toString().contains("\"")) {
                st.executeUpdate("backup to \"" + target + "\"");
                return;
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.execute();
        }
    }

    /** Writes a consistent copy of the open logbook to {@code target} (which must not exist yet). */
    public void backupTo(Path target) {
        read(c -> {
            copyTo(c, target);
            return null;
        });
    }

    /** Where copies of this logbook go: a {@code backups} folder beside it. */
    public static Path backupsFolder(Path file) {
        return file.toAbsolutePath().getParent().resolve("backups");
    }

    private static void checkHeader(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, file + " is a folder, not a logbook file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            if (start.length == 0) {
                return; // an empty file becomes a new logbook
            }
            if (!Arrays.equals(start, HEADER)) {
                throw new StoreException(StoreException.Reason.NOT_A_LOGBOOK, file.getFileName()
                        + " is not an Overload logbook (it is not an SQLite database). It was not changed.");
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "Cannot read " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "Cannot create the folder "
                    + file.getParent() + " for the logbook: " + e.getMessage(), e);
        }
    }

    /** The three ways a connection is opened. */
    private enum Access {
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

    private static Connection connect(Path file, Options options, Access access) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.busyTimeout().toMillis()));
        // FULL: a commit the user saw confirmed survives a power cut too, not only a crash of the app.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setReadOnly(access != Access.WRITER);
        String url = "jdbc:sqlite:" + file;
        if (access == Access.IMMUTABLE) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            url = "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        }
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw StoreException.from(e, "opening " + file.getFileName());
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} on a reading connection; it sees the last committed state. */
    public <T> T read(SqlWork<T> work) {
        checkOpen();
        Connection connection = idleReaders.poll();
        if (connection == null) {
            connection = connect(file, options, immutable ? Access.IMMUTABLE : Access.READER);
        }
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw StoreException.from(e, "reading the logbook");
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
            throw StoreException.from(e, doing);
        } finally {
            writeLock.unlock();
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
        if (writer == null) {
            return;
        }
        writeLock.lock();
        try {
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
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
