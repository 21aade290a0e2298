package app.overload.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import app.overload.Fixtures;
import app.overload.analysis.PersonalRecord;
import app.overload.domain.Mass;
import app.overload.domain.Routine;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.Workout;
import app.overload.store.Backups;
import app.overload.store.Logbook;
import app.overload.store.LogbookLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is the logbook file itself: the routines in it and the records its sessions set come back from it as
 * they were, after the logbook changed in between (a routine deleted, a heavier squat logged).
 */
class RoutinesAndRecordsBackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private static Workout squats(LocalDate day, double kg) {
        List<StrengthSet> sets = List.of(StrengthSet.working(5, Mass.kilograms(kg)),
                StrengthSet.working(5, Mass.kilograms(kg)));
        return new Workout(SessionId.random(), day.atTime(18, 0), Duration.ofMinutes(40), null, "",
                List.of(new StrengthEntry(Fixtures.SQUAT, sets)), "");
    }

    @Test
    void routinesAndRecordsComeBackWithTheBackup() {
        Path file = folder.resolve("overload.db");
        LocalDate monday = LocalDate.of(2026, 11, 2);
        Routine legs = Routine.of("Legs", Fixtures.workout(LocalDateTime.of(2026, 10, 1, 18, 0)));
        Backups.Backup backup;
        List<Routine> routinesBefore;
        Map<SessionId, List<PersonalRecord>> recordsBefore;
        List<PersonalRecord> lastSetBefore;
        Workout record = squats(monday.plusDays(7), 105);
        try (Logbook logbook = Logbook.open(file)) {
            logbook.routines().save(legs);
            logbook.sessions().save(squats(monday, 100));
            logbook.sessions().save(record);
            routinesBefore = logbook.routines().all();
            recordsBefore = new FindRecords(logbook).between(monday, monday.plusWeeks(4));
            lastSetBefore = new FindRecords(logbook).setBy(record);
            backup = new BackUpLogbook(logbook, CLOCK).now();

            logbook.routines().delete(legs.id());
            logbook.sessions().save(squats(monday.plusDays(14), 120));
            assertThat(new FindRecords(logbook).setBy(record)).isEmpty();
        }
        assertThat(recordsBefore).containsOnlyKeys(record.id());
        assertThat(lastSetBefore).isNotEmpty();

        try (LogbookLock alone = LogbookLock.sole(file, LogbookLock.me("overload restore", false), Duration.ZERO,
                holders -> { })) {
            new RestoreLogbook(file, CLOCK).restore(backup, false, alone);
        }

        try (Logbook restored = Logbook.open(file)) {
            assertThat(restored.routines().all()).isEqualTo(routinesBefore).containsExactly(legs);
            assertThat(new FindRecords(restored).between(monday, monday.plusWeeks(4))).isEqualTo(recordsBefore);
            assertThat(new FindRecords(restored).setBy(record)).isEqualTo(lastSetBefore);
        }
    }
}
