package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import app.overload.domain.Mass;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Double progression in 8–12 reps with 2.5 kg steps (TRAINING-RULES.md). */
class DoubleProgressionRuleTest {

    @ParameterizedTest(name = "{0} prescribed, {2} done at {1} kg → {3}: {4} reps at {5} kg")
    @CsvSource(textBlock = """
            8,  40, 8 8 8,    add-reps,      9,  40
            11, 40, 11 11 11, add-reps,      12, 40
            11, 40, 12 12 12, increase-load, 8,  42.5
            12, 40, 12 12 12, increase-load, 8,  42.5
            10, 40, 10 10 9,  hold,          10, 40
            10, 40, 10 10,    hold,          10, 40
            9,  40, 12 12 12, increase-load, 8,  42.5
            """)
    void followsTheRange(int reps, double kg, String done, String decision, int nextReps, double nextKg) {
        TrainingBlock block = new Plans("dp", 4).every(Purpose.VOLUME_STRENGTH, Prescription.Strength.sets(
                Plans.CURL, 3, reps, Mass.kilograms(kg), new ProgressionRule.DoubleProgression(8, 12,
                        Mass.kilograms(2.5))), MONDAY).build();
        int[] logged = Arrays.stream(done.split(" ")).mapToInt(Integer::parseInt).toArray();
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.reps(Plans.CURL, reps, kg, logged));
        Suggestion next = Engines.first(Engines.week(block, 2, LocalDate.of(2026, 11, 8), List.of(session)),
                Plans.planned(block, 2, MONDAY));
        assertThat(next.decision().key()).isEqualTo(decision);
        Prescription.Strength rx = (Prescription.Strength) next.suggested();
        assertThat(DoubleProgressionRule.prescribedReps(rx)).isEqualTo(nextReps);
        assertThat(PrescribedLoads.topFixed(rx).kilograms()).isEqualTo(nextKg);
    }

    @ParameterizedTest(name = "at the top of the range with no increment: hold {0} reps")
    @CsvSource(textBlock = """
            12
            """)
    void holdsAtTheTopWhenTheRuleAddsNoLoad(int reps) {
        TrainingBlock block = new Plans("bodyweight", 4).every(Purpose.VOLUME_STRENGTH, Prescription.Strength.sets(
                Plans.CURL, 3, reps, Mass.ZERO, new ProgressionRule.DoubleProgression(8, 12, Mass.ZERO)), MONDAY)
                .build();
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.done(Plans.CURL, 3, 12, 0));
        Suggestion next = Engines.first(Engines.week(block, 2, LocalDate.of(2026, 11, 8), List.of(session)),
                Plans.planned(block, 2, MONDAY));
        assertThat(next.decision()).isInstanceOf(Decision.Hold.class);
        assertThat(next.reason()).contains("adds no load");
    }
}
