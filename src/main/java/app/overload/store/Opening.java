package app.overload.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.sqlite.SQLiteConnection;

/**
 * What opening a logbook checks and does before anyone reads it: the file is an Overload logbook (SQLite header,
 * our version table, not empty), of a format this version reads, sound by SQLite's quick check; then, when it may be
 * written, the switch to WAL, a copy of an older file and the migrations. Everything before the first migration only
 * reads, so a refused file is left exactly as it was.
 */
final class Opening {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private Opening() {
    }

    /**
     * A look that changes nothing. With no write-ahead log beside the file, the main file holds everything, so it is
     * read as an unchanging file and SQLite leaves no -wal or -shm file behind; with one, it is read as usual so
     * what the log holds counts. A file in an older format is upgraded in memory, a missing one read as empty.
     */
    static Database look(Path file, Database.Options options) {
        if (!Files.exists(file)) {
            return inMemory(file, options, null);
        }
        checkHeader(file, false);
        boolean immutable = !Files.exists(wal(file)) || !Database.canWrite(file);
        Connection connection = Database.connect(file, options, immutable ? Database.Access.IMMUTABLE
                : Database.Access.READER);
        try {
            int version = check(file, connection, false);
            if (version == Migrations.latestVersion()) {
                return new Database(file, options, immutable, null, null, null);
            }
            return inMemory(file, options, ((SQLiteConnection) connection).serialize("main"));
        } catch (SQLException e) {
            throw StoreException.from(e, "reading " + file.getFileName(), file);
        } finally {
            Database.closeQuietly(connection);
        }
    }

    /** A logbook in memory: {@code image} (a serialized file) or a new one, brought up to the latest format. */
    private static Database inMemory(Path file, Database.Options options, byte[] image) {
        Connection connection = null;
        try {
            connection = Database.config(options, false).createConnection("jdbc:sqlite::memory:");
            if (image != null) {
                // Bytes 18 and 19 say "write-ahead log"; a database in memory keeps its journal in memory instead.
                image[18] = 1;
                image[19] = 1;
                ((SQLiteConnection) connection).deserialize("main", image);
            }
            for (int v = Migrations.currentVersion(connection) + 1; v <= Migrations.latestVersion(); v++) {
                Migrations.apply(connection, v);
            }
            return new Database(file, options, false, null, connection, null);
        } catch (SQLException e) {
            if (connection != null) {
                Database.closeQuietly(connection);
            }
            throw StoreException.from(e, "reading " + file.getFileName());
        }
    }

    /** Refuses what this version cannot use (another program's file, a newer format, damage); returns the version. */
    static int check(Path file, Connection connection, boolean full) throws SQLException {
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
            List<String> problems = IntegrityCheck.problems(connection, full);
            if (!problems.isEmpty()) {
                throw damaged(file, problems);
            }
        }
        return version;
    }

    static StoreException damaged(Path file, List<String> problems) {
        return new StoreException(StoreException.Reason.DAMAGED, file.getFileName() + " is damaged (SQLite integrity "
                + "check: " + IntegrityCheck.summary(problems) + "). It was not changed; restore it from a backup.");
    }

    static void prepare(Path file, Connection connection, boolean readOnly) throws SQLException {
        // Everything up to the first migration only reads, so a refused file is left untouched.
        int version = check(file, connection, false);
        int latest = Migrations.latestVersion();
        if (readOnly) {
            if (version < latest) {
                throw new StoreException(StoreException.Reason.READ_ONLY, file.getFileName() + " needs upgrading to "
                        + "logbook format " + latest + ", but it is read-only. Make the file and its folder writable "
                        + "to open it with this version.");
            }
            return;
        }
        if (version == 0) {
            // A new logbook is built in the main file before the write-ahead log starts: a first big write that
            // fills the disk then leaves a log that can simply be emptied, not one holding the schema.
            migrate(file, connection, 0);
            walMode(connection);
            return;
        }
        walMode(connection);
        if (version < latest) {
            Backups.copyInto(connection, Backups.newFile(file, Backups.Kind.BEFORE_UPGRADE,
                    LocalDateTime.now()), false);
        }
        migrate(file, connection, version);
    }

    private static void walMode(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
        }
    }

    private static void migrate(Path file, Connection connection, int from) {
        for (int v = from + 1; v <= Migrations.latestVersion(); v++) {
            try {
                Migrations.apply(connection, v);
            } catch (SQLException e) {
                StoreException named = StoreException.from(e, "upgrading " + file.getFileName(), file);
                if (named.reason() == StoreException.Reason.DISK_FULL) {
                    throw named;
                }
                throw new StoreException(StoreException.Reason.IO, "Upgrading " + file.getFileName()
                        + " to logbook format " + v + " failed (" + e.getMessage() + "). It was left at format "
                        + (v - 1) + ".", e);
            }
        }
    }

    static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    static void checkHeader(Path file, boolean emptyMayStart) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, file + " is a folder, not a logbook file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            if (start.length == 0) {
                if (emptyMayStart) {
                    return;
                }
                throw new StoreException(StoreException.Reason.EMPTY_FILE, file.getFileName() + " is an empty file "
                        + "(0 bytes), not a logbook. It was not changed. If your logbook should be here, restore a "
                        + "backup; to start a new logbook in this file, delete it first.");
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

    static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "Cannot create the folder "
                    + file.getParent() + " for the logbook: " + e.getMessage(), e);
        }
    }
}
