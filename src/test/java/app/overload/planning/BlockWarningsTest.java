package app.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Goal;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;

/** What is allowed but gets a warning: a goal already met, an empty plan, another block on the same lift. */
class BlockWarningsTest {

    static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    static final ExerciseNames NAMES = id -> id.equals(SQUAT) ? "Back squat" : "Bench press";
    static final LocalDate START = LocalDate.of(2026, 9, 7);

    static PlannedSession squatDay(ExerciseId exercise) {
        return new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH, "", List.of(
                Prescription.Strength.sets(exercise, 5, 5, Mass.kilograms(80),
                        ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), "");
    }

    static PlannedSession easyRun() {
        return new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.TUESDAY, Purpose.EASY_AEROBIC, "",
                List.of(new Prescription.Endurance(Modality.RUN, Distance.kilometres(8), null, new PaceTarget.InZone(2),
                        List.of(), new ProgressionRule.Hold())), "");
    }

    static TrainingBlock block(String name, LocalDate start, Goal goal, List<PlannedSession> plan,
            CurrentLevel... levels) {
        return new TrainingBlock(BlockId.random(), name, goal, start, start.plusDays(27), 4, List.of(), List.of(),
                List.of(), List.of(levels), plan, "", null);
    }

    static List<String> check(TrainingBlock block, TrainingBlock... others) {
        return BlockWarnings.check(block, List.of(others), UnitPreferences.METRIC, NAMES);
    }

    @Test
    void warnsWhenTheCurrentLevelAlreadyMeetsTheGoal() {
        TrainingBlock block = block("Squat", START, new StrengthGoal(SQUAT, Mass.kilograms(80), 5),
                List.of(squatDay(SQUAT)), new LiftLevel(SQUAT, 5, 5, Mass.kilograms(85)));

        assertThat(check(block)).singleElement().asString().startsWith(
                "Your current level (85 kg × 5) already meets the goal (Back squat 80 kg × 5).");
    }

    @Test
    void warnsWhenARaceLevelAlreadyPredictsTheGoalTime() {
        TrainingBlock block = block("Half", START, new EnduranceGoal(Modality.RUN, Distance.metres(21_097.5),
                Duration.ofMinutes(120)), List.of(easyRun()),
                new RaceLevel(Modality.RUN, Distance.kilometres(10), Duration.ofMinutes(50)));

        assertThat(check(block)).singleElement().asString().contains("already meets the goal");
    }

    @Test
    void warnsAboutAnEmptyPlan() {
        TrainingBlock block = block("Squat", START, new StrengthGoal(SQUAT, Mass.kilograms(120), 5), List.of());

        assertThat(check(block)).singleElement().asString().startsWith("The plan has no sessions yet");
    }

    @Test
    void warnsWhenThePlanNeverTrainsTheGoalsExercise() {
        TrainingBlock block = block("Bench", START, new StrengthGoal(SQUAT, Mass.kilograms(120), 5),
                List.of(squatDay(ExerciseId.of("bench-press"))));

        assertThat(check(block)).singleElement().asString().isEqualTo(
                "The plan never trains back squat, the goal's exercise.");
    }

    @Test
    void warnsAboutAnotherBlockTrainingTheSameExerciseInTheSameWeeks() {
        Goal goal = new StrengthGoal(SQUAT, Mass.kilograms(120), 5);
        TrainingBlock block = block("New squat block", START, goal, List.of(squatDay(SQUAT)));
        TrainingBlock overlapping = block("Old squat block", START.minusDays(14), goal, List.of(squatDay(SQUAT)));
        TrainingBlock after = block("Later", START.plusDays(28), goal, List.of(squatDay(SQUAT)));

        assertThat(check(block, overlapping, after, block)).singleElement().asString().isEqualTo(
                "\"Old squat block\" (24 Aug 2026 to 20 Sep 2026) also trains back squat in these weeks. Both can run "
                        + "at once; a session counts toward the block it is logged in.");
    }

    @Test
    void aStrengthBlockAndARunningBlockAtOnceIsNoWarning() {
        TrainingBlock strength = block("Squat", START, new StrengthGoal(SQUAT, Mass.kilograms(120), 5),
                List.of(squatDay(SQUAT)));
        TrainingBlock running = block("10 km", START, new EnduranceGoal(Modality.RUN, Distance.kilometres(10),
                Duration.ofMinutes(45)), List.of(easyRun()));
        TrainingBlock otherRunning = block("Half", START.plusDays(7), new EnduranceGoal(Modality.RUN,
                Distance.metres(21_097.5), Duration.ofMinutes(100)), List.of(easyRun()));

        assertThat(check(strength, running)).isEmpty();
        assertThat(check(running, strength, otherRunning)).singleElement().asString().contains("also trains running");
    }
}
