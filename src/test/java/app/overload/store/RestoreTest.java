package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import app.overload.Fixtures;
import app.overload.domain.Checks;
import app.overload.domain.Session;
import app.overload.domain.Workout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Putting a backup in place: whole, with what its log holds, in one rename, never pairing an old log. */
class RestoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private LogbookLock held;

    private Path db() {
        return folder.resolve("overload.db");
    }

    private LogbookLock alone() {
        held = LogbookLock.sole(db(), LogbookLock.me("overload restore", false), Duration.ZERO, holders -> { });
        return held;
    }

    @AfterEach
    void release() {
        if (held != null) {
            held.close();
        }
    }

    private static List<Workout> workouts(int from, int count) {
        List<Workout> made = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            made.add(Fixtures.workout(LocalDateTime.of(2026, 1, 1, 18, 0).plusDays(i)));
        }
        return made;
    }

    private static List<Session> sessions(Path file) {
        try (Logbook logbook = Logbook.openToRead(file)) {
            return logbook.sessions().between(Checks.FIRST_DAY, Checks.LAST_DAY);
        }
    }

    private Backups.Backup backup(Path file) {
        return new Backups.Backup(file, Backups.Kind.MANUAL, LocalDateTime.now(CLOCK), 0);
    }

    private List<String> namesBesideTheLogbook() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCopyWhoseLastSessionsLiveOnlyInItsLogComesBackWithThem() throws IOException {
        Path source = folder.resolve("elsewhere.db");
        try (Logbook logbook = Logbook.open(source)) {
            logbook.sessions().saveAll(workouts(0, 10));
        }
        Path copy = Files.createDirectory(folder.resolve("usb")).resolve("copy.db");
        LogbookFiles.copyWithSessionsOnlyInItsLog(source, workouts(10, 3), copy);
        try (Logbook logbook = Logbook.open(db())) {
            logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2025, 5, 5, 7, 0)));
        }

        new Backups(db()).restore(backup(copy), false, alone(), CLOCK);

        assertThat(sessions(db())).containsExactlyElementsOf(sessions(source)).hasSize(13);
        assertThat(namesBesideTheLogbook()).containsExactly("backups", "elsewhere.db", "overload.db",
                "overload.db.lock", "usb");
    }

    @Test
    void theOldLogIsKeptWithTheOldFileAndNeverReadAgainstTheNewOne() throws IOException {
        Path backupSource = folder.resolve("source.db");
        try (Logbook logbook = Logbook.open(backupSource)) {
            logbook.sessions().saveAll(workouts(100, 4));
        }
        // The logbook a killed process left: its last sessions only in its log.
        Path old = folder.resolve("old.db");
        try (Logbook logbook = Logbook.open(old)) {
            logbook.sessions().saveAll(workouts(0, 20));
        }
        LogbookFiles.copyWithSessionsOnlyInItsLog(old, workouts(20, 5), db());
        List<Session> before = sessions(db());
        assertThat(before).hasSize(25);

        Path kept = new Backups(db()).restore(backup(backupSource), false, alone(), CLOCK).orElseThrow();

        assertThat(sessions(db())).containsExactlyElementsOf(sessions(backupSource));
        assertThat(LogbookFiles.log(db())).doesNotExist();
        assertThat(sessions(kept)).containsExactlyElementsOf(before);
        assertThat(kept.getFileName().toString()).startsWith("overload-replaced-");
    }

    @Test
    void aReplacementLeftByAKilledRestoreIsRemovedByTheNextOpening() throws IOException {
        try (Logbook logbook = Logbook.open(db())) {
            logbook.sessions().saveAll(workouts(0, 3));
        }
        Path leftover = Files.copy(db(), folder.resolve("overload.db.restoring"));
        Files.writeString(folder.resolve("overload.db.restoring-journal"), "half a journal");

        Logbook.openToWrite(db(), "overload sessions").close();

        assertThat(leftover).doesNotExist();
        assertThat(namesBesideTheLogbook()).containsExactly("overload.db", "overload.db.lock");
        assertThat(sessions(db())).hasSize(3);
    }

    @Test
    void aRestoreNeedsTheLogbookAlone() throws IOException {
        Path source = folder.resolve("source.db");
        Logbook.open(source).close();
        Logbook.open(db()).close();
        byte[] bytes = Files.readAllBytes(db());

        assertThatThrownBy(() -> new Backups(db()).restore(backup(source), false, null, CLOCK))
                .isInstanceOf(StoreException.class).hasMessageContaining("Nothing changed");
        assertThat(Files.readAllBytes(db())).isEqualTo(bytes);
    }

    @Test
    void aBackupWithIndexDamageIsNeitherRestoredNorOfferedAsHealthy() throws Exception {
        Backups backups = new Backups(db());
        try (Logbook logbook = Logbook.open(db())) {
            logbook.sessions().saveAll(workouts(0, 30));
            backups.backUp(logbook.database(), Backups.Kind.DAILY, CLOCK);
            logbook.sessions().saveAll(workouts(30, 2));
            backups.backUp(logbook.database(), Backups.Kind.MANUAL, Clock.offset(CLOCK, Duration.ofHours(1)));
        }
        Backups.Backup newest = backups.list().get(0);
        LogbookFiles.damageAnIndex(newest.file());
        byte[] logbook = Files.readAllBytes(db());

        assertThat(backups.newestGood()).map(Backups.Backup::kind).contains(Backups.Kind.DAILY);
        assertThatThrownBy(() -> backups.restore(newest, false, alone(), CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged (SQLite integrity check: ").hasMessageContaining("nothing was restored");
        assertThat(Files.readAllBytes(db())).isEqualTo(logbook);
        assertThat(folder.resolve("overload.db.restoring")).doesNotExist();
    }
}
