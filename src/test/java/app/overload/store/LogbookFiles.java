package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import app.overload.domain.Session;

/** Logbook files in the states the reliability tests need: with commits only in the log, damaged, abandoned. */
public final class LogbookFiles {

    private LogbookFiles() {
    }

    /**
     * Saves {@code later} into the logbook at {@code source} and, before closing it, copies the main file and its
     * write-ahead log to {@code target}: a copy whose last sessions live only in its -wal, as a copy taken of a
     * running logbook or one left by a killed process is.
     */
    public static void copyWithSessionsOnlyInItsLog(Path source, List<? extends Session> later, Path target)
            throws IOException {
        try (Logbook logbook = Logbook.open(source)) {
            logbook.sessions().saveAll(later);
            Files.copy(source, target);
            Files.copy(log(source), log(target));
        }
        assertThat(Files.size(log(target))).as("the copy's log holds the later sessions").isPositive();
    }

    public static Path log(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    /**
     * Changes one byte of one key in the index of sessions by start: damage SQLite's quick check does not see and
     * its full integrity check does.
     */
    public static void damageAnIndex(Path db) throws IOException, SQLException {
        damageAnIndex(db, "session_by_start");
    }

    /** Changes one byte of one key in the index named, as {@link #damageAnIndex(Path)} does. */
    public static void damageAnIndex(Path db, String index) throws IOException, SQLException {
        int root;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            root = queryInt(st, "SELECT rootpage FROM sqlite_master WHERE name = '" + index + "'");
            pageSize = queryInt(st, "PRAGMA page_size");
        }
        try (RandomAccessFile raw = new RandomAccessFile(db.toFile(), "rw")) {
            // The first cell written to a page sits at its end; three bytes before the end is inside its key.
            long at = (long) (root - 1) * pageSize + pageSize - 3;
            raw.seek(at);
            int b = raw.read();
            raw.seek(at);
            raw.write(b ^ 1);
        }
        assertThat(check(db, "quick_check")).as("quick check").isEqualTo("ok");
        assertThat(check(db, "integrity_check")).as("full check").isNotEqualTo("ok");
    }

    public static String check(Path db, String pragma) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int queryInt(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A logbook in format 1, the first this app wrote, as an older version left it. */
    public static void formatOne(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            Migrations.apply(c, 1);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
        }
    }

    /** The id of a process that has ended, as a killed backup's partial copy carries it. */
    public static long endedProcess() throws IOException, InterruptedException {
        Process done = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(done.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return done.pid();
    }
}
