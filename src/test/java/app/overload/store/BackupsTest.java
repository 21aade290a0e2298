package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.overload.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("overload.db");
    }

    private static Clock at(Duration later) {
        return Clock.fixed(NOW.plus(later), ZoneOffset.UTC);
    }

    private LogbookLock held;

    /** The logbook's lock, alone, as a restore takes it; released after the test. */
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

    private void fill(Logbook logbook, int sessions) {
        for (int i = 0; i < sessions; i++) {
            logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2026, 3, 1, 18, 0).plusDays(i)));
        }
    }

    @Test
    void aDailyCopyIsMadeOnceADayAndOnlySevenAreKept() {
        try (Logbook logbook = Logbook.open(db())) {
            fill(logbook, 3);
            Backups backups = new Backups(db());
            assertThat(backups.dailyIfDue(logbook.database(), at(Duration.ZERO))).isPresent();
            assertThat(backups.dailyIfDue(logbook.database(), at(Duration.ofHours(3)))).isEmpty();
            for (int day = 1; day <= 9; day++) {
                assertThat(backups.dailyIfDue(logbook.database(), at(Duration.ofDays(day)))).isPresent();
            }
            assertThat(backups.list()).hasSize(Backups.KEEP_DAILY)
                    .allMatch(b -> b.kind() == Backups.Kind.DAILY)
                    .first().satisfies(b -> assertThat(b.taken()).isEqualTo(LocalDateTime.of(2026, 12, 2, 8, 0)));
        }
    }

    @Test
    void aCopyHoldsWhatTheLogbookHeldWhileItKeepsBeingUsed() {
        try (Logbook logbook = Logbook.open(db())) {
            fill(logbook, 5);
            Backups.Backup copy = new Backups(db()).backUp(logbook.database(), Backups.Kind.MANUAL, at(Duration.ZERO));
            fill(logbook, 2);
            assertThat(Backups.contents(copy.file()).orElseThrow().sessions()).isEqualTo(5);
            assertThat(logbook.sessions().count()).isEqualTo(7);
        }
    }

    @Test
    void restoringKeepsTheReplacedFile() {
        Backups backups = new Backups(db());
        Backups.Backup copy;
        try (Logbook logbook = Logbook.open(db())) {
            fill(logbook, 2);
            copy = backups.backUp(logbook.database(), Backups.Kind.MANUAL, at(Duration.ZERO));
            fill(logbook, 4);
        }
        Path kept = backups.restore(copy, false, alone(), at(Duration.ofMinutes(5))).orElseThrow();

        try (Logbook logbook = Logbook.open(db())) {
            assertThat(logbook.sessions().count()).isEqualTo(2);
        }
        assertThat(Backups.contents(kept).orElseThrow().sessions()).isEqualTo(6);
        assertThat(backups.list()).extracting(Backups.Backup::kind).contains(Backups.Kind.REPLACED);
    }

    @Test
    void aDamagedLogbookIsRestoredFromTheNewestGoodCopyAndKept() throws IOException {
        Backups backups = new Backups(db());
        try (Logbook logbook = Logbook.open(db())) {
            fill(logbook, 30);
            backups.backUp(logbook.database(), Backups.Kind.DAILY, at(Duration.ZERO));
        }
        Path broken = Files.copy(backups.list().get(0).file(), backups.folder().resolve("overload-daily-20261124-080000.db"));
        scribble(broken);
        scribble(db());
        byte[] damaged = Files.readAllBytes(db());
        assertThatThrownBy(() -> Logbook.open(db())).isInstanceOf(StoreException.class);

        Backups.Backup good = backups.newestGood().orElseThrow();
        assertThat(good.file()).isNotEqualTo(broken);
        Path kept = backups.restore(good, true, alone(), at(Duration.ofDays(2))).orElseThrow();

        assertThat(kept.getFileName().toString()).contains("-damaged-");
        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        try (Logbook logbook = Logbook.open(db())) {
            assertThat(logbook.sessions().count()).isEqualTo(30);
        }
    }

    @Test
    void ofCopiesMadeInTheSameSecondTheLastMadeIsTheNewest() {
        Backups backups = new Backups(db());
        List<Path> made = new ArrayList<>();
        try (Logbook logbook = Logbook.open(db())) {
            for (int i = 1; i <= 11; i++) {
                fill(logbook, 1);
                made.add(backups.backUp(logbook.database(), Backups.Kind.MANUAL, at(Duration.ZERO)).file());
            }
        }
        Collections.reverse(made);

        assertThat(made.get(0).getFileName().toString()).endsWith("-11.db");
        assertThat(backups.list()).extracting(Backups.Backup::file).containsExactlyElementsOf(made);
        assertThat(backups.newestGood().orElseThrow().file()).isEqualTo(made.get(0));
        assertThat(Backups.contents(made.get(0)).orElseThrow().sessions()).isEqualTo(11);
    }

    @Test
    void anUnhealthyBackupIsNeverRestored() throws IOException {
        Path junk = Files.writeString(folder.resolve("junk.db"), "not a logbook");
        Backups.Backup fake = new Backups.Backup(junk, Backups.Kind.MANUAL, LocalDateTime.now(), 13);
        assertThatThrownBy(() -> new Backups(db()).restore(fake, false, alone(), at(Duration.ZERO)))
                .hasMessageContaining("not a healthy logbook");
        assertThat(db()).doesNotExist();
    }

    @Test
    void aKilledBackupLeavesNothingUnderABackupNameAndItsPartIsClearedOnceItsProcessIsGone() throws Exception {
        Backups backups = new Backups(db());
        try (Logbook logbook = Logbook.open(db())) {
            fill(logbook, 3);
            backups.dailyIfDue(logbook.database(), at(Duration.ZERO));
        }
        // What a copy killed half way leaves: a partial file (and SQLite's journal) named after its process.
        long killed = LogbookFiles.endedProcess();
        Path partial = backups.folder().resolve("overload-daily-20261124-080000.db." + killed + ".partial");
        Files.write(partial, new byte[8192]);
        Files.writeString(partial.resolveSibling(partial.getFileName() + "-journal"), "journal");
        Path running = backups.folder().resolve("overload-manual-20261124-080000.db." + ProcessHandle.current().pid()
                + ".partial");
        Files.write(running, new byte[10]);

        assertThat(backups.list()).singleElement().satisfies(b -> assertThat(b.kind()).isEqualTo(Backups.Kind.DAILY));

        Logbook.openToWrite(db(), "overload demo").close();

        assertThat(partial).doesNotExist();
        assertThat(partial.resolveSibling(partial.getFileName() + "-journal")).doesNotExist();
        assertThat(running).as("a copy this process may still be writing").exists();
    }

    @Test
    void onlyCompleteCopiesCountTowardTheSevenDailyOnesKept() throws Exception {
        Backups backups = new Backups(db());
        long killed = LogbookFiles.endedProcess();
        Files.createDirectories(backups.folder());
        try (Logbook logbook = Logbook.open(db())) {
            fill(logbook, 2);
            for (int day = 0; day < 9; day++) {
                Files.write(backups.folder().resolve("overload-daily-2026113" + day + "-080000.db." + killed
                        + ".partial"), new byte[100]);
                backups.dailyIfDue(logbook.database(), at(Duration.ofDays(day)));
            }
        }
        assertThat(backups.list()).hasSize(Backups.KEEP_DAILY).allSatisfy(
                b -> assertThat(Backups.contents(b.file())).isPresent());
    }

    @Test
    void theDailyCopyOfALogbookWithIndexDamageIsRefusedAndTheOlderCopiesStay() throws Exception {
        Backups backups = new Backups(db());
        try (Logbook logbook = Logbook.open(db())) {
            fill(logbook, 30);
            backups.dailyIfDue(logbook.database(), at(Duration.ZERO));
        }
        LogbookFiles.damageAnIndex(db());
        List<Backups.Backup> before = backups.list();

        try (Logbook logbook = Logbook.open(db())) {
            assertThatThrownBy(() -> backups.dailyIfDue(logbook.database(), at(Duration.ofDays(1))))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("The logbook is damaged (SQLite "
                            + "integrity check: ").hasMessageContaining("the copy was not kept")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED));
        }
        assertThat(backups.list()).isEqualTo(before);
        try (var files = Files.list(backups.folder())) {
            assertThat(files).hasSize(before.size());
        }
    }

    @Test
    void aCopyToAFileElsewhereNeverFollowsALinkNorReplacesUnlessAsked() throws IOException {
        Path target = folder.resolve("copy.db");
        Path link = Files.createSymbolicLink(folder.resolve("link.db"), folder.resolve("nowhere/else.db"));
        try (Logbook logbook = Logbook.open(db())) {
            fill(logbook, 2);
            assertThatThrownBy(() -> Backups.backUpTo(logbook.database(), link, true))
                    .hasMessageContaining("is a symbolic link");
            assertThat(folder.resolve("nowhere")).doesNotExist();

            Backups.backUpTo(logbook.database(), target, false);
            fill(logbook, 1);
            assertThatThrownBy(() -> Backups.backUpTo(logbook.database(), target, false))
                    .hasMessageContaining("already exists");
            assertThat(Backups.contents(target).orElseThrow().sessions()).isEqualTo(2);

            Backups.backUpTo(logbook.database(), target, true);
        }
        assertThat(Backups.contents(target).orElseThrow().sessions()).isEqualTo(3);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }
    }

    private static void scribble(Path file) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(raw.length() / 2);
            raw.write("overwritten by a faulty disk ".repeat(300).getBytes());
        }
    }
}
