package app.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.BlockOutcome;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Goal;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Modality;
import app.overload.domain.RaceLevel;
import app.overload.domain.Rpe;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Best so far against the target, and the outcome an archived block is offered. */
class GoalProgressTest {

    static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    static final LocalDate START = LocalDate.of(2026, 9, 7);
    static final UnitPreferences KG = UnitPreferences.METRIC;
    static final GoalText TEXT = new GoalText(UnitPreferences.METRIC,
            id -> id.equals(SQUAT) ? "Back squat" : id.value());

    static TrainingBlock block(Goal goal, CurrentLevel... levels) {
        return new TrainingBlock(BlockId.random(), "Block", goal, START, START.plusDays(83), 12, List.of(), List.of(),
                List.of(), List.of(levels), List.of(), "", null);
    }

    static GoalEvidence.LiftSet squat(LocalDate date, int reps, double kg) {
        return new GoalEvidence.LiftSet(date, SQUAT, reps, Mass.kilograms(kg), null);
    }

    static GoalEvidence lifts(GoalEvidence.LiftSet... sets) {
        return new GoalEvidence(List.of(sets), List.of());
    }

    @Test
    void comparesTheBestSetWithTheTargetThroughEpley() {
        TrainingBlock block = block(new StrengthGoal(SQUAT, Mass.kilograms(100), 5),
                new LiftLevel(SQUAT, 5, 5, Mass.kilograms(80)));

        GoalProgress progress = GoalProgress.of(block, lifts(squat(START.plusDays(9), 5, 90),
                squat(START.plusDays(11), 3, 95), squat(START.minusDays(3), 5, 99)), START.plusDays(20), KG);

        // 90 kg × 5 is an Epley max of 105 kg; the target 100 kg × 5 is 116.7 kg: 90 %. The 99 kg before the
        // block started does not count.
        assertThat(progress.best()).isEqualTo(new GoalProgress.LiftBest(START.plusDays(9), Mass.kilograms(90), 5,
                Mass.kilograms(105)));
        assertThat(progress.percent()).hasValue(90);
        assertThat(progress.met()).isFalse();
        assertThat(TEXT.line(progress)).isEqualTo("Best 90 kg × 5 on 16 Sep · 90 % of the target");
        assertThat(TEXT.start(progress)).isEqualTo("At the start: 80 kg × 5");
    }

    @Test
    void isMetByASetOfAtLeastTheLoadAndReps() {
        TrainingBlock block = block(new StrengthGoal(SQUAT, Mass.kilograms(100), 5));
        LocalDate day = START.plusDays(60);

        GoalProgress progress = GoalProgress.of(block, lifts(squat(START.plusDays(9), 8, 95), squat(day, 5, 100)),
                day.plusDays(1), KG);

        assertThat(progress.met()).isTrue();
        assertThat(progress.metOn()).isEqualTo(day);
        assertThat(progress.percent()).hasValue(100);
        assertThat(TEXT.line(progress)).startsWith("Goal met on 6 Nov · best 95 kg × 8 on 16 Sep (e1RM 120.3 kg)");
    }

    @Test
    void aHighEstimateWithoutTheReps_isNotTheGoal() {
        TrainingBlock block = block(new StrengthGoal(SQUAT, Mass.kilograms(100), 5));

        GoalProgress progress = GoalProgress.of(block, lifts(squat(START.plusDays(9), 12, 90)), START.plusDays(10), KG);

        // 90 kg × 12 is an Epley max of 126 kg, more than the target's 116.7 kg, but 100 kg × 5 was not done.
        assertThat(progress.met()).isFalse();
        assertThat(progress.percent()).hasValue(99);
    }

    @Test
    void estimatesMaxesFromRpeWhereLogged() {
        TrainingBlock block = block(new EstimatedMaxGoal(SQUAT, Mass.kilograms(130)));
        GoalEvidence evidence = new GoalEvidence(List.of(new GoalEvidence.LiftSet(START.plusDays(2), SQUAT, 5,
                Mass.kilograms(100), Rpe.of(8)), squat(START.plusDays(4), 15, 80)), List.of());

        GoalProgress progress = GoalProgress.of(block, evidence, START.plusDays(5), KG);

        // 5 @ RPE 8 is 81.2 % of a max: 123.1 kg. Sets of more than 12 reps are left out.
        assertThat(TEXT.effort(progress.goal(), progress.best())).isEqualTo("e1RM 123.1 kg from 100 kg × 5 on 9 Sep");
        assertThat(progress.percent()).hasValue(94);
    }

    @Test
    void predictsARaceGoalFromEffortsLongEnoughToSaySomething() {
        Distance half = Distance.metres(21_097.5);
        TrainingBlock block = block(new EnduranceGoal(Modality.RUN, half, Duration.ofMinutes(105)),
                new RaceLevel(Modality.RUN, Distance.kilometres(10), Duration.ofMinutes(52)));
        GoalEvidence evidence = new GoalEvidence(List.of(), List.of(
                new GoalEvidence.Effort(START.plusDays(3), Modality.RUN, Distance.kilometres(10),
                        Duration.ofMinutes(49)),
                new GoalEvidence.Effort(START.plusDays(4), Modality.RUN, Distance.kilometres(3),
                        Duration.ofMinutes(11)),
                new GoalEvidence.Effort(START.plusDays(5), Modality.RIDE, Distance.kilometres(40),
                        Duration.ofMinutes(70))));

        GoalProgress progress = GoalProgress.of(block, evidence, START.plusDays(6), KG);

        // 10 km in 49:00 predicts 1:48:06.5 (Riegel); 3 km is too short to count toward a half; the ride is not a run.
        GoalProgress.RaceBest best = (GoalProgress.RaceBest) progress.best();
        assertThat(best.distance()).isEqualTo(Distance.kilometres(10));
        assertThat(best.predicted().toMillis() / 1000.0).isCloseTo(6486.5, Offset.offset(0.5));
        assertThat(progress.percent()).hasValue(97);
        assertThat(TEXT.line(progress)).isEqualTo(
                "Best 10.0 km in 49:00 on 10 Sep, which predicts 1:48:07 · 97 % of the target");
        assertThat(progress.start()).isNotNull();
    }

    @Test
    void aMeasurableGoalIsNotMeasuredByTheLogbook() {
        GoalProgress progress = GoalProgress.of(block(new MeasurableGoal("Plank", 180, "s", true)),
                GoalEvidence.NONE, START.plusDays(3), KG);

        assertThat(progress.measured()).isFalse();
        assertThat(progress.percent()).isEmpty();
        assertThat(TEXT.line(progress)).contains("record the result when you archive");
    }

    @Test
    void saysSoWhenNothingCountsYet() {
        GoalProgress progress = GoalProgress.of(block(new StrengthGoal(SQUAT, Mass.kilograms(100), 5)),
                GoalEvidence.NONE, START.plusDays(3), KG);

        assertThat(progress.best()).isNull();
        assertThat(progress.percent()).hasValue(0);
        assertThat(TEXT.line(progress)).isEqualTo("Nothing logged toward it yet.");
    }

    @Test
    void proposesAnOutcomeThatSaysByHowMuch() {
        TrainingBlock block = block(new StrengthGoal(SQUAT, Mass.kilograms(100), 5));
        LocalDate end = START.plusDays(84);

        BlockOutcome short_ = Outcomes.propose(GoalProgress.of(block, lifts(squat(START.plusDays(9), 5, 90)), end, KG),
                end, TEXT);
        BlockOutcome met = Outcomes.propose(GoalProgress.of(block, lifts(squat(START.plusDays(70), 5, 102.5)), end, KG),
                end, TEXT);

        assertThat(short_.goalMet()).isFalse();
        assertThat(short_.summary()).isEqualTo("Goal not met: best 90 kg × 5 on 16 Sep, 11.7 kg (10 %) short of the "
                + "target's e1RM 116.7 kg.");
        assertThat(met.goalMet()).isTrue();
        assertThat(met.summary()).isEqualTo("Goal met on 16 Nov (Back squat 100 kg × 5): best 102.5 kg × 5 on 16 Nov, "
                + "2.5 kg over the target load.");
        assertThat(met.archivedOn()).isEqualTo(end);
    }

    @Test
    void proposesARaceOutcomeInTime() {
        Distance half = Distance.metres(21_097.5);
        TrainingBlock block = block(new EnduranceGoal(Modality.RUN, half, Duration.ofMinutes(105)));
        LocalDate race = START.plusDays(83);
        GoalEvidence evidence = new GoalEvidence(List.of(), List.of(new GoalEvidence.Effort(race, Modality.RUN, half,
                Duration.ofMinutes(103).plusSeconds(20))));

        BlockOutcome outcome = Outcomes.propose(GoalProgress.of(block, evidence, race, KG), race, TEXT);

        assertThat(outcome.goalMet()).isTrue();
        assertThat(outcome.summary()).isEqualTo("Goal met on 29 Nov: best 21.1 km in 1:43:20 on 29 Nov, 1:40 under "
                + "Run 21.1 km in 1:45:00.");
    }

    @Test
    void takesAMeasurableResultFromTheAthlete() {
        MeasurableGoal plank = new MeasurableGoal("Plank", 180, "s", true);
        MeasurableGoal mile = new MeasurableGoal("Mile walk", 15, "min", false);

        assertThat(Outcomes.measured(plank, 170, START).summary())
                .isEqualTo("Goal not met: Plank 170 s against a target of 180 s, 10 s (6 %) short.");
        assertThat(Outcomes.measured(mile, 14, START).goalMet()).isTrue();
        assertThat(Outcomes.measured(mile, 14, START).summary()).endsWith("1 min (7 %) under.");
    }

    @Test
    void usesTheExerciseNamesGiven() {
        ExerciseNames names = id -> "Squat";
        GoalText text = new GoalText(UnitPreferences.IMPERIAL, names);

        assertThat(text.target(new StrengthGoal(SQUAT, Mass.pounds(225), 5))).isEqualTo("Squat 225 lb × 5");
    }
}
