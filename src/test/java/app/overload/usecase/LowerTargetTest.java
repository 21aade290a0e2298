package app.overload.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import app.overload.domain.DistanceUnit;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lower target offered for a goal out of reach is never below what was already lifted in the block. */
class LowerTargetTest {

    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");

    @ParameterizedTest(name = "{0}: trend {1} kg, done {2} kg -> {3} kg")
    @CsvSource(delimiter = '|', textBlock = """
            # unit | trend's target (kg) | best done x5 in the block (kg, blank: none) | offered (kg)
            KG     | 90                  |                                            | 90
            KG     | 90                  | 95                                         | 95
            KG     | 90                  | 92.7                                       | 92.5
            KG     | 97.5                | 95                                         | 97.5
            LB     | 99.79032140         | 102.05828325                               | 102.05828325
            LB     | 99.79032140         | 101.6                                      | 99.79032140
            """)
    void neverBelowWhatWasDone(MassUnit unit, double trend, Double done, double offered) {
        UnitPreferences units = new UnitPreferences(unit, DistanceUnit.KM);
        Goal lower = new StrengthGoal(SQUAT, Mass.kilograms(trend), 5);

        Goal aimed = ReplanBlock.atLeastDone(lower, done == null ? null : Mass.kilograms(done), units);

        assertThat(((StrengthGoal) aimed).load().kilograms()).isCloseTo(offered, Offset.offset(1e-6));
        assertThat(((StrengthGoal) aimed).reps()).isEqualTo(5);
    }
}
