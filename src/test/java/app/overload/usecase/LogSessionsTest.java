package app.overload.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.notation.NotationContext;
import app.overload.store.Logbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading lines against a real logbook and saving them whole, or not at all. */
class LogSessionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("log.db");

    Logbook logbook;
    LogSessions log;

    @BeforeEach
    void open() {
        logbook = temp.open();
        log = new LogSessions(logbook, Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void namesOtherAppsUseReadAsTheCatalogueExercise() {
        LogSessions.Result result = LogSessions.read("Bench Press (Barbell) 3x8 @ 60 · Squat (Barbell) 5x5 @ 100",
                log.context(LogSessions.Options.defaults()));

        assertThat(result.understood()).isTrue();
        assertThat(result.sessions().get(0).session().entries()).extracting(e -> ((StrengthEntry) e).exercise())
                .containsExactly(ExerciseId.of("bench-press"), ExerciseId.of("back-squat"));
    }

    @Test
    void savesEverySessionAndNewExerciseTogether() {
        NotationContext context = log.context(new LogSessions.Options(LocalDate.of(2026, 11, 20), null, null, true));
        LogSessions.Result result = LogSessions.read("Zercher squat 5x5 @ 80\nyoga 45 min", context);

        LogSessions.Saved saved = log.save(result);

        assertThat(saved.sessions()).hasSize(2);
        assertThat(saved.exercises()).extracting(e -> e.name()).containsExactly("Zercher squat");
        assertThat(logbook.sessions().count()).isEqualTo(2);
        assertThat(logbook.exercises().find(ExerciseId.of("zercher-squat"))).isPresent();
    }

    @Test
    void aRefusedLineSavesNothing() {
        LogSessions.Result result = LogSessions.read("yoga 45 min\nBack squat 5x",
                log.context(LogSessions.Options.defaults()));

        assertThat(result.understood()).isFalse();
        assertThatThrownBy(() -> log.save(result)).hasMessage("Not saved: line 2: `5x` — reps after the x, e.g. 5x5");
        assertThat(logbook.sessions().count()).isZero();
    }

    @Test
    void aPlannedSessionAlreadyLoggedIsNotClaimedAgain() {
        PlannedSession monday = new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.MONDAY,
                Purpose.HEAVY_STRENGTH, "Workout A", List.of(), "");
        TrainingBlock block = new TrainingBlock(BlockId.random(), "Linear 5×5", new StrengthGoal(
                ExerciseId.of("back-squat"), Mass.kilograms(140), 5), TODAY, TODAY.plusWeeks(4).minusDays(1), 4,
                List.of(), List.of(), List.of(), List.of(), List.of(monday), "", null);
        logbook.blocks().save(block);
        LogSessions.Options inBlock = new LogSessions.Options(TODAY, "linear", Purpose.HEAVY_STRENGTH, false);

        log.save(LogSessions.read("Back squat 5x5 @ 100", log.context(inBlock)));
        LogSessions.Result second = LogSessions.read("Back squat 3x5 @ 105", log.context(inBlock));

        TrainingSession first = (TrainingSession) logbook.sessions().between(TODAY, TODAY).get(0);
        assertThat(first.plannedSession()).isEqualTo(monday.id());
        assertThat(((TrainingSession) second.sessions().get(0).session()).plannedSession()).isNull();
    }

    @Test
    void aConfirmedExerciseIsAddedToTheCatalogue() {
        log.addExercise("Zercher squat");

        NotationContext context = log.context(LogSessions.Options.defaults());
        LogSessions.Result result = LogSessions.read("Zercher squat 5x5 @ 80", context);
        assertThat(result.understood()).isTrue();
        assertThat(result.sessions().get(0).session().duration()).isEqualTo(Duration.ofMinutes(15));
    }
}
