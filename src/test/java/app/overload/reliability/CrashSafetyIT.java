package app.overload.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.overload.Fixtures;
import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.Workout;
import app.overload.exchange.BlockContents;
import app.overload.exchange.BlockExporter;
import app.overload.sample.SampleLogbook;
import app.overload.store.Backups;
import app.overload.store.Logbook;
import app.overload.store.LogbookFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process with SIGKILL while it saves sessions, imports blocks, migrates a logbook, restores a backup or
 * backs up, over and over, and checks after each kill that the file passes SQLite's integrity check, that every
 * save or import the process confirmed is there, that no session or block is there in part, that the logbook's path
 * holds the old logbook or the restored one, whole, and that nothing but whole copies carry a backup name. The
 * counts go to target/reliability/crash-safety.txt.
 */
class CrashSafetyIT {

    private static final int SAVE_KILLS = 120;
    private static final int MIGRATION_KILLS = 30;
    private static final int IMPORT_KILLS = 30;
    private static final int RESTORE_KILLS = 30;
    private static final int BACKUP_KILLS = 30;

    @TempDir
    Path folder;

    private final Random random = new Random(20261123);

    @Test
    void confirmedSavesSurviveKillNine() throws Exception {
        Path db = folder.resolve("crash.db");
        Logbook.open(db).close();
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        int killedMidRun = 0;
        for (int round = 0; round < SAVE_KILLS; round++) {
            KilledChild child = KilledChild.start(SaveLoop.class, db, confirmed);
            assertThat(child.ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
            Thread.sleep(random.nextInt(5, 250)); // not a race being papered over: the kill moment is the variable
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child.drained.await(10, TimeUnit.SECONDS);
            killedMidRun += child.process.exitValue() != 0 ? 1 : 0;
            check(db, confirmed);
        }
        int stored = count(db);
        report("save loop", SAVE_KILLS, killedMidRun, confirmed.size(), stored);
        assertThat(killedMidRun).isEqualTo(SAVE_KILLS);
        assertThat(stored).isGreaterThanOrEqualTo(confirmed.size());
    }

    @Test
    void aKilledMigrationLeavesALogbookThatOpens() throws Exception {
        int interrupted = 0;
        for (int round = 0; round < MIGRATION_KILLS; round++) {
            Path db = folder.resolve("migrate-" + round + ".db");
            List<Session> sessions = oldLogbook(db);
            KilledChild child = KilledChild.start(OpenOnce.class, db, ConcurrentHashMap.newKeySet());
            Thread.sleep(random.nextInt(50, 900));
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            interrupted += child.process.exitValue() != 0 ? 1 : 0;
            assertThat(integrity(db)).isEqualTo("ok");
            try (Logbook logbook = Logbook.open(db)) {
                assertThat(logbook.sessions().between(sessions.get(0).date(), sessions.get(sessions.size() - 1).date()))
                        .containsExactlyElementsOf(sessions);
                assertThat(logbook.exercises().all()).isNotEmpty();
            }
        }
        report("migration", MIGRATION_KILLS, interrupted, 0, 0);
    }

    @Test
    void aKilledBlockImportLeavesWholeBlocksOnly() throws Exception {
        // Eight blocks of a sample year, each exported with its sessions: the files a coach and athlete trade.
        SampleLogbook sample = SampleLogbook.generate(1, 7, LocalDate.of(2026, 11, 23));
        Path files = Files.createDirectories(folder.resolve("blocks"));
        Map<BlockId, BlockContents> expected = new HashMap<>();
        try (Logbook source = Logbook.open(folder.resolve("source.db"))) {
            source.saveAll(sample.blocks(), sample.sessions());
            BlockExporter exporter = new BlockExporter(source);
            for (TrainingBlock block : sample.blocks()) {
                expected.put(block.id(), exporter.contents(block.id(), true));
                exporter.export(block.id(), true, files.resolve(block.id() + ".json"));
            }
        }
        // One run to the end first: it must import every file, and its length spreads the kills over the whole run.
        Path whole = folder.resolve("import-whole.db");
        Logbook.open(whole).close();
        Set<String> all = ConcurrentHashMap.newKeySet();
        KilledChild complete = KilledChild.start(ImportLoop.class, whole, all, files.toString());
        assertThat(complete.ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
        long readyAt = System.nanoTime();
        assertThat(complete.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        int runMillis = (int) ((System.nanoTime() - readyAt) / 1_000_000);
        complete.drained.await(10, TimeUnit.SECONDS);
        assertThat(complete.process.exitValue()).isZero();
        assertThat(all).hasSize(expected.size());

        int interrupted = 0;
        int confirmedImports = 0;
        int storedBlocks = 0;
        for (int round = 0; round < IMPORT_KILLS; round++) {
            Path db = folder.resolve("import-" + round + ".db");
            Logbook.open(db).close();
            Set<String> confirmed = ConcurrentHashMap.newKeySet();
            KilledChild child = KilledChild.start(ImportLoop.class, db, confirmed, files.toString());
            assertThat(child.ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
            Thread.sleep(random.nextInt(1, Math.max(2, runMillis))); // the kill moment is the variable
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child.drained.await(10, TimeUnit.SECONDS);
            interrupted += child.process.exitValue() != 0 ? 1 : 0;
            assertThat(integrity(db)).isEqualTo("ok");
            try (Logbook logbook = Logbook.open(db)) {
                BlockExporter after = new BlockExporter(logbook);
                List<TrainingBlock> stored = logbook.blocks().all();
                for (String id : confirmed) {
                    assertThat(stored).as("confirmed import %s", id).anyMatch(b -> b.id().toString().equals(id));
                }
                for (TrainingBlock block : stored) {
                    // Whatever is there is there whole: the block with its plan and every one of its sessions.
                    BlockContents was = expected.get(block.id());
                    BlockContents now = after.contents(block.id(), true);
                    assertThat(now.block()).as("block %s", block.name()).isEqualTo(was.block());
                    assertThat(now.sessions()).as("sessions of %s", block.name())
                            .containsExactlyInAnyOrderElementsOf(was.sessions());
                }
                confirmedImports += confirmed.size();
                storedBlocks += stored.size();
            }
        }
        report("block import", IMPORT_KILLS, interrupted, confirmedImports + " confirmed imports, " + storedBlocks
                + " blocks stored");
        assertThat(interrupted).as("kills that landed while importing").isGreaterThan(IMPORT_KILLS / 2);
        assertThat(confirmedImports).as("kills that landed after some imports were done").isPositive();
    }

    @Test
    void aKilledRestoreLeavesTheOldLogbookOrTheRestoredOneWhole() throws Exception {
        // The backup: two years of sample; the logbook it replaces: another year whose last sessions are only in
        // its log, as a killed app leaves it, so that pairing the old log with the new file would show.
        Path backup = Files.createDirectories(folder.resolve("usb")).resolve("backup.db");
        SampleLogbook incoming = SampleLogbook.generate(2, 3, LocalDate.of(2026, 11, 23));
        try (Logbook logbook = Logbook.open(backup)) {
            logbook.saveAll(incoming.blocks(), incoming.sessions());
        }
        Path source = Files.createDirectories(folder.resolve("source")).resolve("old.db");
        SampleLogbook current = SampleLogbook.generate(1, 5, LocalDate.of(2025, 6, 1));
        try (Logbook logbook = Logbook.open(source)) {
            logbook.saveAll(current.blocks(), current.sessions());
        }
        Path fixture = Files.createDirectories(folder.resolve("fixture")).resolve("old.db");
        List<Workout> onlyInLog = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            onlyInLog.add(Fixtures.workout(LocalDateTime.of(2025, 6, 2, 7, 0).plusDays(i)));
        }
        LogbookFiles.copyWithSessionsOnlyInItsLog(source, onlyInLog, fixture);
        Set<String> newIds = ids(backup);
        Path db = folder.resolve("restore").resolve("overload.db");
        Set<String> oldIds = ids(putBack(fixture, db));
        assertThat(oldIds).hasSize(current.sessions().size() + onlyInLog.size());

        int runMillis = oneWholeRun(RestoreOnce.class, putBack(fixture, db), backup.toString());
        assertThat(ids(db)).isEqualTo(newIds);

        int interrupted = 0;
        int building = 0;
        int beforeTheSwap = 0;
        int restored = 0;
        for (int round = 0; round < RESTORE_KILLS; round++) {
            KilledChild child = killAtRandom(RestoreOnce.class, putBack(fixture, db), runMillis, backup.toString());
            interrupted += child.process.exitValue() != 0 ? 1 : 0;
            if (Files.exists(db.resolveSibling("overload.db.restoring"))) {
                beforeTheSwap++;
                building += new Backups(db).list().isEmpty() ? 1 : 0;
            }
            assertThat(integrity(db)).isEqualTo("ok");
            Set<String> now = ids(db);
            assertThat(now).as("the old logbook or the restored one, whole").isIn(oldIds, newIds);
            if (child.lines.contains("restored")) {
                assertThat(now).as("a restore that said it was done").isEqualTo(newIds);
            }
            restored += now.equals(newIds) ? 1 : 0;
            assertThat(db.resolveSibling("overload.db.restoring")).as("cleaned by the next opening").doesNotExist();
            for (Backups.Backup kept : new Backups(db).list()) {
                assertThat(ids(kept.file())).as("the replaced file, kept whole").isEqualTo(oldIds);
            }
        }
        report("restore", RESTORE_KILLS, interrupted, beforeTheSwap + " killed with the replacement not yet swapped in ("
                + building + " while it was being copied), " + restored + " ended restored");
        assertThat(building).as("kills that landed while the replacement was being copied").isPositive();
    }

    @Test
    void aKilledBackupLeavesOnlyWholeCopiesUnderBackupNames() throws Exception {
        Path db = Files.createDirectories(folder.resolve("backup")).resolve("overload.db");
        SampleLogbook sample = SampleLogbook.generate(2, 11, LocalDate.of(2026, 11, 23));
        try (Logbook logbook = Logbook.open(db)) {
            logbook.saveAll(sample.blocks(), sample.sessions());
        }
        Set<String> sessions = ids(db);
        Backups backups = new Backups(db);
        int interrupted = 0;
        int midCopy = 0;
        int copies = 0;
        for (int round = 0; round < BACKUP_KILLS; round++) {
            Set<String> confirmed = ConcurrentHashMap.newKeySet();
            KilledChild child = KilledChild.start(BackupLoop.class, db, confirmed);
            assertThat(child.ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
            Thread.sleep(random.nextInt(1, 1000)); // the kill moment is the variable
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child.drained.await(10, TimeUnit.SECONDS);
            interrupted += child.process.exitValue() != 0 ? 1 : 0;
            try (Stream<Path> files = Files.list(backups.folder())) {
                midCopy += files.anyMatch(f -> f.getFileName().toString().contains(".partial")) ? 1 : 0;
            }
            List<Backups.Backup> listed = backups.list();
            assertThat(listed).extracting(b -> b.file().getFileName().toString()).containsAll(confirmed);
            for (Backups.Backup copy : listed) {
                assertThat(Backups.contents(copy.file())).as(copy.file().getFileName().toString())
                        .hasValueSatisfying(c -> assertThat(c.sessions()).isEqualTo(sessions.size()));
            }
            assertThat(ids(listed.isEmpty() ? db : listed.get(0).file())).isEqualTo(sessions);
            copies += listed.size();
            assertThat(ids(db)).isEqualTo(sessions);
            try (Stream<Path> files = Files.list(backups.folder())) {
                assertThat(files.map(f -> f.getFileName().toString())).as("cleaned by the next opening")
                        .noneMatch(name -> name.contains(".partial"));
            }
            for (Backups.Backup copy : listed) {
                Files.delete(copy.file());
            }
        }
        report("backup", BACKUP_KILLS, interrupted, midCopy + " killed while copying, " + copies
                + " whole copies made");
        assertThat(midCopy).as("kills that landed while a copy was being written").isPositive();
    }

    /** Puts the fixture (a main file and its log) at {@code db}, with nothing else in its folder. */
    private static Path putBack(Path fixture, Path db) throws IOException {
        if (Files.exists(db.getParent())) {
            try (Stream<Path> files = Files.walk(db.getParent())) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(db.getParent());
        Files.copy(fixture, db);
        Files.copy(LogbookFiles.log(fixture), LogbookFiles.log(db));
        return db;
    }

    /** Runs {@code main} to its end once and returns how long it ran after saying it was ready. */
    private static int oneWholeRun(Class<?> main, Path db, String... more) throws Exception {
        KilledChild whole = KilledChild.start(main, db, ConcurrentHashMap.newKeySet(), more);
        assertThat(whole.ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
        long readyAt = System.nanoTime();
        assertThat(whole.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        whole.drained.await(10, TimeUnit.SECONDS);
        assertThat(whole.process.exitValue()).as(String.join("\n", whole.lines)).isZero();
        return (int) ((System.nanoTime() - readyAt) / 1_000_000);
    }

    private KilledChild killAtRandom(Class<?> main, Path db, int runMillis, String... more) throws Exception {
        KilledChild child = KilledChild.start(main, db, ConcurrentHashMap.newKeySet(), more);
        assertThat(child.ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
        Thread.sleep(random.nextInt(0, Math.max(1, runMillis * 3 / 2))); // the kill moment is the variable
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        child.drained.await(10, TimeUnit.SECONDS);
        return child;
    }

    /** The ids of the sessions in a logbook, as the next window or command opening it sees them. */
    private static Set<String> ids(Path db) {
        try (Logbook logbook = db.getFileName().toString().equals("overload.db")
                ? Logbook.openToWrite(db, "the crash test") : Logbook.openToRead(db)) {
            return logbook.database().read(c -> {
                Set<String> ids = new HashSet<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT uuid FROM session")) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            });
        }
    }

    /** A logbook in format 1 (before the catalogue), holding sessions that need no exercise. */
    private static List<Session> oldLogbook(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            var apply = Class.forName("app.overload.store.Migrations").getDeclaredMethod("apply", Connection.class,
                    int.class);
            apply.setAccessible(true);
            apply.invoke(null, c, 1);
        }
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<ActivityEntry> entries = List.of(EnduranceEntry.of(Modality.RUN, Distance.kilometres(5 + i % 7),
                    Duration.ofMinutes(30 + i % 20)), TimedEntry.of("Yoga", Duration.ofMinutes(20), null));
            sessions.add(new Workout(SessionId.random(), LocalDateTime.of(2024, 1, 1, 7, 0).plusDays(i),
                    Duration.ofMinutes(55), null, "", entries, ""));
        }
        // Written by the current code into a format-1 file: the tables sessions need exist in format 1.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            var writer = Class.forName("app.overload.store.SessionWriter").getDeclaredMethod("save", Connection.class,
                    Session.class);
            writer.setAccessible(true);
            for (Session s : sessions) {
                writer.invoke(null, c, s);
            }
            c.commit();
        }
        return sessions;
    }

    private static void check(Path db, Set<String> confirmed) throws Exception {
        assertThat(integrity(db)).isEqualTo("ok");
        try (Logbook logbook = Logbook.open(db)) {
            for (String id : confirmed) {
                assertThat(logbook.sessions().find(SessionId.parse(id))).as("confirmed session %s", id).isPresent();
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.uuid, (SELECT count(*) FROM entry e WHERE e.session_id = s.id),"
                     + " (SELECT count(*) FROM strength_set x JOIN entry e ON e.id = x.entry_id WHERE e.session_id = "
                     + "s.id) FROM session s")) {
            while (rs.next()) {
                // Every session the loop writes has four entries and five sets: anything else is half a save.
                assertThat(rs.getInt(2)).as("entries of %s", rs.getString(1)).isEqualTo(4);
                assertThat(rs.getInt(3)).as("sets of %s", rs.getString(1)).isEqualTo(5);
            }
        }
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(Path db) throws Exception {
        try (Logbook logbook = Logbook.open(db)) {
            return logbook.sessions().count();
        }
    }

    private static void report(String what, int kills, int interrupted, int confirmed, int stored) throws IOException {
        report(what, kills, interrupted, confirmed + " confirmed saves, " + stored + " sessions stored");
    }

    /** One line per loop; it is written only after every check of the loop passed, hence "0 lost, 0 half-saved". */
    private static void report(String what, int kills, int interrupted, String counts) throws IOException {
        String line = String.format("%s: %d kills, %d interrupted mid-run, %s, 0 lost, 0 half-saved, integrity ok "
                + "after every kill%n", what, kills, interrupted, counts);
        System.out.print(line);
        Path report = Path.of("target", "reliability", "crash-safety.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
