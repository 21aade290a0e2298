package app.overload.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.sqlite.SQLiteConfig;

/**
 * Putting a backup in place of the logbook so that the logbook's path always holds a whole logbook, the old one or
 * the new one, whenever the process is killed or the power fails:
 * <ol>
 * <li>the replacement is built in full beside the logbook ({@code overload.db.restoring}) through SQLite's backup
 * API, so whatever the backup's own write-ahead log holds comes along, and synced;</li>
 * <li>the current file is copied into the backups folder (through a temporary name, like every copy);</li>
 * <li>the current file's write-ahead log is checkpointed into it and removed with its shared-memory file, so no old
 * log can ever be read against the new file;</li>
 * <li>one atomic rename swaps the replacement in, and the folder is synced.</li>
 * </ol>
 * A replacement left by a killed restore is removed by the next opening (see {@link Leftovers}).
 */
final class Restore {

    private Restore() {
    }

    static Optional<Path> run(Path logbook, Path source, boolean damaged, LogbookLock sole, Clock clock) {
        if (sole == null || !sole.takeSole()) {
            throw LogbookLock.refusal(sole == null ? List.of() : sole.others());
        }
        Path incoming = Leftovers.restoringOf(logbook);
        String name = source.getFileName().toString();
        try {
            if (Files.exists(logbook) && Files.isSameFile(logbook, source)) {
                throw new StoreException(StoreException.Reason.CONFLICT, name + " is the logbook itself; choose a "
                        + "backup. Nothing changed.");
            }
            FileSync.deleteWithCompanions(incoming);
            build(source, incoming);
            Optional<Path> kept = keepCurrent(logbook, damaged, clock);
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(logbook.resolveSibling(logbook.getFileName() + suffix));
            }
            FileSync.forceFolder(logbook.getParent());
            FileSync.replace(incoming, logbook);
            return kept;
        } catch (IOException e) {
            throw DiskFull.translate(e, logbook, "restoring " + name);
        } catch (SQLException e) {
            throw StoreException.from(e, "restoring " + name, logbook);
        } finally {
            try {
                FileSync.deleteWithCompanions(incoming);
            } catch (IOException e) {
                // Removed by the next opening.
            }
        }
    }

    /** Copies the backup, checked in full, into {@code incoming}; its own write-ahead log is read too. */
    private static void build(Path source, Path incoming) throws IOException {
        try (Database from = Database.openToLook(source)) {
            List<String> problems = from.fullCheck();
            if (!problems.isEmpty()) {
                throw new StoreException(StoreException.Reason.DAMAGED, "The backup " + source.getFileName()
                        + " is damaged (SQLite integrity check: " + IntegrityCheck.summary(problems)
                        + "); nothing was restored.");
            }
            from.read(c -> {
                try {
                    Database.copyTo(c, incoming);
                } catch (SQLException e) {
                    throw StoreException.from(e, "restoring " + source.getFileName(), incoming);
                }
                return null;
            });
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DISK_FULL || e.reason() == StoreException.Reason.DAMAGED) {
                throw e;
            }
            throw new StoreException(e.reason(), "The backup " + source.getFileName() + " is not a healthy logbook ("
                    + e.getMessage() + "); nothing was restored.", e);
        }
        FileSync.force(incoming);
    }

    /**
     * Copies the current logbook into the backups folder. A sound one is first checkpointed, so its main file holds
     * every commit and its log can go; a damaged one is copied byte for byte, log and all, as it is.
     */
    private static Optional<Path> keepCurrent(Path logbook, boolean damaged, Clock clock)
            throws IOException, SQLException {
        if (!Files.exists(logbook)) {
            return Optional.empty();
        }
        Path aside = Backups.newFile(logbook, damaged ? Backups.Kind.DAMAGED : Backups.Kind.REPLACED,
                LocalDateTime.now(clock));
        Backups.createFolder(aside.getParent());
        if (damaged) {
            copyRaw(logbook, aside);
            return Optional.of(aside);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection current = config.createConnection("jdbc:sqlite:" + logbook)) {
            checkpoint(current, logbook);
            Backups.copyInto(current, aside, false);
        }
        return Optional.of(aside);
    }

    private static void checkpoint(Connection current, Path logbook) throws SQLException {
        try (Statement st = current.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                throw new StoreException(StoreException.Reason.BUSY, "Another program is reading "
                        + logbook.getFileName() + ", so its last changes cannot be written into the file before the "
                        + "restore. Close it and try again. Nothing changed.");
            }
        }
    }

    /** The damaged file and its write-ahead log, byte for byte, each through a temporary name. */
    private static void copyRaw(Path logbook, Path aside) throws IOException {
        Path log = logbook.resolveSibling(logbook.getFileName() + "-wal");
        if (Files.exists(log)) {
            copyThroughPartial(log, aside.resolveSibling(aside.getFileName() + "-wal"));
        }
        copyThroughPartial(logbook, aside);
    }

    private static void copyThroughPartial(Path from, Path to) throws IOException {
        Path partial = Leftovers.partialOf(to);
        try {
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            FileSync.force(partial);
            Files.move(partial, to);
            FileSync.forceFolder(to.getParent());
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
