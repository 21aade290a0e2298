package app.overload.planning;

import static app.overload.planning.GoalProgressTest.SQUAT;
import static app.overload.planning.GoalProgressTest.START;
import static app.overload.planning.GoalProgressTest.block;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.BlockOutcome;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A load that reads the same as the goal in the athlete's units meets it (docs/units.md, "Goals and targets"): a
 * goal of 102.5 kg reads 225 lb in a pound logbook, so 225 lb × 5 (102.06 kg) meets it; a load at least the goal
 * meets it whatever it reads.
 */
class GoalsMetInPoundsTest {

    private static final LocalDate DAY = START.plusDays(20);

    private static UnitPreferences units(String unit) {
        return unit.equals("lb") ? UnitPreferences.IMPERIAL : UnitPreferences.METRIC;
    }

    private static Mass mass(double value, String unit) {
        return Mass.of(value, unit.equals("lb") ? MassUnit.LB : MassUnit.KG);
    }

    @ParameterizedTest(name = "{0} logbook: goal {1} {2} × {3}, set {4} {5} × {6} → met {7}")
    @CsvSource(textBlock = """
            lb, 102.5, kg, 5, 225,   lb, 5, true
            lb, 102.5, kg, 5, 222.5, lb, 5, false
            lb, 102.5, kg, 5, 225,   lb, 4, false
            lb, 100,   kg, 1, 220,   lb, 1, true
            lb, 95,    kg, 5, 210,   lb, 5, true
            lb, 95,    kg, 5, 205,   lb, 5, false
            lb, 225,   lb, 5, 225,   lb, 5, true
            lb, 227.5, lb, 5, 225,   lb, 5, false
            kg, 102.5, kg, 5, 225,   lb, 5, false
            kg, 102.5, kg, 5, 102.5, kg, 5, true
            kg, 100,   kg, 5, 97.5,  kg, 5, false
            kg, 135,   lb, 5, 60,    kg, 5, true
            kg, 135,   lb, 5, 57.5,  kg, 5, false
            kg, 225,   lb, 5, 102.5, kg, 5, true
            """)
    void aSetMeetsALiftGoalThatReadsNoHeavierInTheLogbooksUnit(String logbook, double goal, String goalUnit,
            int goalReps, double load, String loadUnit, int reps, boolean met) {
        TrainingBlock block = block(new StrengthGoal(SQUAT, mass(goal, goalUnit), goalReps));
        GoalEvidence evidence = new GoalEvidence(List.of(new GoalEvidence.LiftSet(START.plusDays(9), SQUAT, reps,
                mass(load, loadUnit), null)), List.of());

        GoalProgress progress = GoalProgress.of(block, evidence, DAY, units(logbook));

        assertThat(progress.met()).isEqualTo(met);
        if (met) {
            assertThat(progress.percent()).hasValue(100);
        } else {
            assertThat(progress.percent().getAsInt()).isLessThan(100);
        }
    }

    @ParameterizedTest(name = "{0} logbook: e1RM goal {1} kg, set {2} {3} × {4} → met {5}")
    @CsvSource(textBlock = """
            lb, 140, 310, lb, 1, true
            lb, 140, 305, lb, 1, false
            kg, 140, 140, kg, 1, true
            kg, 140, 137.5, kg, 1, false
            """)
    void anEstimatedMaxMeetsItsGoalAsTheLogbookReadsIt(String logbook, double goal, double load, String loadUnit,
            int reps, boolean met) {
        TrainingBlock block = block(new EstimatedMaxGoal(SQUAT, Mass.kilograms(goal)));
        GoalEvidence evidence = new GoalEvidence(List.of(new GoalEvidence.LiftSet(START.plusDays(9), SQUAT, reps,
                mass(load, loadUnit), null)), List.of());

        assertThat(GoalProgress.of(block, evidence, DAY, units(logbook)).met()).isEqualTo(met);
    }

    @Test
    void theOutcomeInPoundsSaysMetAndNothingOverOrShort() {
        TrainingBlock block = block(new StrengthGoal(SQUAT, Mass.kilograms(102.5), 5));
        GoalEvidence evidence = new GoalEvidence(List.of(new GoalEvidence.LiftSet(START.plusDays(9), SQUAT, 5,
                Mass.of(225, MassUnit.LB), null)), List.of());
        GoalText text = new GoalText(UnitPreferences.IMPERIAL, id -> "Back squat");
        LocalDate end = START.plusDays(84);

        BlockOutcome outcome = Outcomes.propose(GoalProgress.of(block, evidence, end, UnitPreferences.IMPERIAL), end,
                text);

        assertThat(outcome.goalMet()).isTrue();
        assertThat(outcome.summary()).isEqualTo("Goal met on 16 Sep (Back squat 225 lb × 5): best 225 lb × 5 on "
                + "16 Sep.");
    }

    @Test
    void aLevelThatReadsAsTheGoalIsWarnedAsMetAlready() {
        TrainingBlock block = block(new StrengthGoal(SQUAT, Mass.kilograms(102.5), 5),
                new LiftLevel(SQUAT, 5, 5, Mass.of(225, MassUnit.LB)));

        assertThat(BlockWarnings.check(block, List.of(), UnitPreferences.IMPERIAL, id -> "Back squat"))
                .anyMatch(w -> w.contains("already meets"));
        assertThat(BlockWarnings.check(block, List.of(), UnitPreferences.METRIC, id -> "Back squat"))
                .noneMatch(w -> w.contains("already meets"));
    }
}
