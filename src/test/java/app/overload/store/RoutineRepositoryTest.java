package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.Fixtures;
import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.Rpe;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TimedEntry;
import app.overload.domain.Workout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routines kept in the logbook: saved whole, read back equal, renamed, replaced, deleted, names told apart. */
class RoutineRepositoryTest {

    @TempDir
    Path folder;

    private Logbook logbook;

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("routines.db"));
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    /** A session with every kind of entry, notes and heart rate and intervals included. */
    private static Workout everything() {
        Workout w = Fixtures.workout(LocalDateTime.of(2026, 11, 20, 18, 0));
        List<ActivityEntry> entries = List.of(Fixtures.squatEntry(100), Fixtures.intervalRun(),
                new TimedEntry("Yoga", Duration.ofMinutes(20), Rpe.of(3), "calm"));
        return new Workout(w.id(), w.start(), w.duration(), w.rpe(), "notes", entries, "");
    }

    @Test
    void aRoutineOfASessionKeepsItsEntriesWithoutWhatBelongsToOneDay() {
        Routine upper = Routine.of("Upper A", everything());
        logbook.routines().save(upper);

        Routine back = logbook.routines().find(upper.id()).orElseThrow();

        assertThat(back).isEqualTo(upper);
        assertThat(back.entries()).hasSize(3);
        StrengthEntry squat = (StrengthEntry) back.entries().get(0);
        assertThat(squat.notes()).isEmpty();
        assertThat(squat.sets()).isEqualTo(Fixtures.squatEntry(100).sets());
        EnduranceEntry run = (EnduranceEntry) back.entries().get(1);
        assertThat(run.intervals()).isEmpty();
        assertThat(run.averageHeartRate()).isNull();
        assertThat(((TimedEntry) back.entries().get(2)).notes()).isEmpty();
    }

    @Test
    void routinesAreListedByNameAndReplacedWholeUnderTheirId() {
        Routine b = Routine.of("spin + core", everything());
        Routine a = new Routine(RoutineId.random(), "Arms", List.of(Fixtures.squatEntry(60)));
        logbook.routines().save(b);
        logbook.routines().save(a);

        Routine changed = new Routine(b.id(), "Spin + core", List.of(Fixtures.squatEntry(80)));
        logbook.routines().save(changed);

        assertThat(logbook.routines().all()).containsExactly(a, changed);
    }

    @Test
    void aNameAnotherRoutineHasIsRefusedWhateverItsCase() {
        logbook.routines().save(new Routine(RoutineId.random(), "Upper A", List.of(Fixtures.squatEntry(60))));

        assertThatThrownBy(() -> logbook.routines().save(new Routine(RoutineId.random(), "upper a",
                List.of(Fixtures.squatEntry(70))))).isInstanceOf(StoreException.class)
                .hasMessageContaining("A routine named \"upper a\" already exists");
        assertThat(logbook.routines().all()).hasSize(1);
    }

    @Test
    void deletingARoutineTakesItsEntriesWithIt() {
        Routine r = Routine.of("Legs", everything());
        logbook.routines().save(r);

        assertThat(logbook.routines().delete(r.id())).isTrue();
        assertThat(logbook.routines().all()).isEmpty();
        assertThat(logbook.routines().delete(r.id())).isFalse();
    }

    @Test
    void aRoutineNeedsANameAndAnEntry() {
        assertThatThrownBy(() -> new Routine(RoutineId.random(), " ", List.of(Fixtures.squatEntry(60))))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new Routine(RoutineId.random(), "Empty", List.of()))
                .hasMessageContaining("at least one exercise or activity");
    }
}
