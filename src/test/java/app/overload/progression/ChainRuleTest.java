package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Split squat → goblet squat once 3 × 10 at 24 kg is done; 2 kg steps on the way (the sample's chain). */
class ChainRuleTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 8);
    private static final ProgressionRule CHAIN = new ProgressionRule.ExerciseChain(Plans.GOBLET, 3, 10,
            Mass.kilograms(24), Mass.kilograms(2));

    static TrainingBlock block(double kg, LiftLevel level) {
        Plans plans = new Plans("chain" + kg + level, 4);
        if (level != null) {
            plans.level(level);
        }
        return plans.every(Purpose.TECHNIQUE, Prescription.Strength.sets(Plans.SPLIT_SQUAT, 3, 10, Mass.kilograms(kg),
                CHAIN), MONDAY).build();
    }

    @ParameterizedTest(name = "3 × {1} split squats at {0} kg → {2} {3} at {4} kg")
    @CsvSource(textBlock = """
            20, 10, increase-load, split-squat,  22
            22, 10, increase-load, split-squat,  24
            20, 8,  hold,          split-squat,  20
            24, 10, next-exercise, goblet-squat, 18
            26, 10, next-exercise, goblet-squat, 18
            """)
    void climbsThenMovesUpTheChain(double kg, int reps, String decision, String exercise, double next) {
        TrainingBlock block = block(kg, null);
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.reps(Plans.SPLIT_SQUAT, 10, kg,
                reps, reps, reps));
        Suggestion s = Engines.first(Engines.week(block, 2, SUNDAY, List.of(session)), Plans.planned(block, 2, MONDAY));
        assertThat(s.decision().key()).isEqualTo(decision);
        Prescription.Strength rx = (Prescription.Strength) s.suggested();
        assertThat(rx.exercise()).isEqualTo(ExerciseId.of(exercise));
        assertThat(PrescribedLoads.topFixed(rx).kilograms()).isEqualTo(next);
    }

    @Test
    void theNextExerciseStartsFromItsLevelWhenTheBlockHasOne() {
        // Goblet squat level 3 × 10 at 24 kg: Epley 32 kg; 10 reps at RPE 6 is 62.7 % → 20.1 → 20 kg.
        TrainingBlock block = block(24, new LiftLevel(Plans.GOBLET, 3, 10, Mass.kilograms(24)));
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.done(Plans.SPLIT_SQUAT, 3, 10, 24));
        Suggestion s = Engines.first(Engines.week(block, 2, SUNDAY, List.of(session)), Plans.planned(block, 2, MONDAY));
        assertThat(s.decision()).isEqualTo(new Decision.NextExercise(Plans.SPLIT_SQUAT, Plans.GOBLET));
        assertThat(PrescribedLoads.topFixed((Prescription.Strength) s.suggested()).kilograms()).isEqualTo(20);
        assertThat(s.reason()).isEqualTo("Split squat 3×10 @ 24 kg or more done on 2 Nov meets the criterion → goblet"
                + " squat 3×10 @ 20 kg.");
    }

    @Test
    void theNextExerciseClimbsLinearlyWhenThePlanGivesItNoRule() {
        TrainingBlock block = block(24, null);
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.done(Plans.SPLIT_SQUAT, 3, 10, 24));
        Suggestion s = Engines.first(Engines.week(block, 2, SUNDAY, List.of(session)), Plans.planned(block, 2, MONDAY));
        assertThat(s.suggested().rule()).isEqualTo(ProgressionRule.Linear.standard(Mass.kilograms(2)));
    }
}
