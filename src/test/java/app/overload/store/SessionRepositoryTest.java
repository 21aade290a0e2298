package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.Fixtures;
import app.overload.TempLogbook;
import app.overload.domain.BlockId;
import app.overload.domain.Checks;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionRepositoryTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook();

    private Logbook logbook;

    @BeforeEach
    void open() {
        logbook = temp.open();
    }

    @Test
    void aWorkoutWithEveryKindOfEntryComesBackEqual() {
        Workout workout = Fixtures.workout(LocalDateTime.of(2026, 11, 20, 18, 5, 31));
        logbook.sessions().save(workout);
        assertThat(logbook.sessions().find(workout.id())).contains(workout);
    }

    @Test
    void aTrainingSessionKeepsItsBlockPurposeAndPlannedSession() {
        TrainingBlock block = Fixtures.block("Squat 140");
        logbook.blocks().save(block);
        TrainingSession session = Fixtures.training(LocalDateTime.of(2026, 9, 7, 18, 0), block.id(),
                block.plan().get(0).id(), 100);
        logbook.sessions().save(session);
        assertThat(logbook.sessions().find(session.id())).contains(session);
        assertThat(logbook.sessions().inBlock(block.id())).containsExactly(session);
    }

    @Test
    void savingAgainReplacesEntriesAndSets() {
        Workout first = Fixtures.workout(LocalDateTime.of(2026, 11, 20, 18, 0));
        logbook.sessions().save(first);
        Workout edited = new Workout(first.id(), first.start().plusHours(1), Duration.ofMinutes(50), null, "edited",
                List.of(new StrengthEntry(Fixtures.BENCH, List.of(StrengthSet.working(8, Mass.kilograms(60))))), "");
        logbook.sessions().save(edited);
        assertThat(logbook.sessions().find(first.id())).contains(edited);
        assertThat(logbook.database().<Integer>read(c -> Sql.queryInt(c, "SELECT count(*) FROM strength_set"))).isEqualTo(1);
    }

    @Test
    void deletingRemovesTheSessionAndEverythingInIt() {
        Workout workout = Fixtures.workout(LocalDateTime.of(2026, 11, 20, 18, 0));
        logbook.sessions().save(workout);
        assertThat(logbook.sessions().delete(workout.id())).isTrue();
        assertThat(logbook.sessions().delete(workout.id())).isFalse();
        assertThat(logbook.database().<Integer>read(c -> Sql.queryInt(c, "SELECT count(*) FROM entry"))).isZero();
        assertThat(logbook.database().<Integer>read(c -> Sql.queryInt(c, "SELECT count(*) FROM strength_set"))).isZero();
    }

    @Test
    void betweenReachesBothEdgesOfTheLogbookAndTakesAnyDayBeyondThem() {
        Workout first = Fixtures.workout(LocalDateTime.of(1900, 1, 1, 0, 0));
        Workout middle = Fixtures.workout(LocalDateTime.of(2026, 11, 23, 7, 30));
        Workout last = Fixtures.workout(LocalDateTime.of(2999, 12, 31, 23, 59, 59));
        logbook.sessions().saveAll(List.of(last, middle, first));
        HistoryQueries history = new HistoryQueries(logbook.database());

        assertThat(logbook.sessions().between(Checks.FIRST_DAY, Checks.LAST_DAY)).containsExactly(first, middle, last);
        assertThat(logbook.sessions().between(LocalDate.MIN, LocalDate.MAX)).containsExactly(first, middle, last);
        assertThat(history.between(LocalDate.MIN, LocalDate.MAX, SessionFilter.ALL))
                .containsExactly(first, middle, last);
        assertThat(logbook.sessions().between(Checks.LAST_DAY, LocalDate.of(9999, 12, 31))).containsExactly(last);
        assertThat(logbook.sessions().between(LocalDate.of(10_000, 1, 1), LocalDate.MAX)).isEmpty();
        assertThat(logbook.sessions().between(LocalDate.MIN, LocalDate.of(1899, 12, 31))).isEmpty();
    }

    @Test
    void betweenIncludesBothDaysAndSortsByStart() {
        Workout monday = Fixtures.workout(LocalDateTime.of(2026, 11, 16, 0, 0));
        Workout sundayNight = Fixtures.workout(LocalDateTime.of(2026, 11, 22, 23, 59, 59));
        Workout nextMonday = Fixtures.workout(LocalDateTime.of(2026, 11, 23, 0, 0));
        logbook.sessions().saveAll(List.of(nextMonday, sundayNight, monday));

        assertThat(logbook.sessions().between(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)))
                .containsExactly(monday, sundayNight);
        assertThat(logbook.sessions().span().orElseThrow())
                .isEqualTo(new SessionRepository.DateSpan(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23)));
        assertThat(logbook.sessions().lastDayBefore(LocalDate.of(2026, 11, 23))).contains(LocalDate.of(2026, 11, 22));
        assertThat(logbook.sessions().lastDayBefore(LocalDate.of(2026, 11, 16))).isEmpty();
        assertThat(logbook.sessions().existing(List.of(monday.id(), SessionId.random())))
                .containsExactly(monday.id());
    }

    @Test
    void aBatchWithOneBadSessionWritesNothing() {
        Workout good = Fixtures.workout(LocalDateTime.of(2026, 11, 20, 18, 0));
        Session unknownExercise = new Workout(SessionId.random(),
                LocalDateTime.of(2026, 11, 21, 18, 0), Duration.ofMinutes(30), null, "", List.of(new StrengthEntry(
                        ExerciseId.of("zercher-squat"), List.of(StrengthSet.working(5, Mass.kilograms(60))))), "");

        assertThatThrownBy(() -> logbook.sessions().saveAll(List.of(good, unknownExercise)))
                .isInstanceOf(StoreException.class).hasMessageContaining("\"zercher-squat\" is not in the catalogue");
        assertThat(logbook.sessions().count()).isZero();
    }

    @Test
    void aTrainingSessionOfAnUnknownBlockIsRefused() {
        TrainingSession orphan = Fixtures.training(LocalDateTime.of(2026, 9, 7, 18, 0),
                BlockId.random(), null, 100);
        assertThatThrownBy(() -> logbook.sessions().save(orphan)).hasMessageContaining("block of this session");
    }
}
