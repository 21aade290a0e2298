package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.TrainingBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RPE targets through the RPE table (TRAINING-RULES.md). A set of 5 × 100 kg at RPE 8 is 81.2 % of max, so e1RM is
 * 123.1 kg; 8 @ 8 is 73.3 % (90.2 → 90 kg) and 3 @ 8 is 86.5 % (106.5 → 105 kg).
 */
class RpeRuleTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 8);

    static TrainingBlock block(int reps, double rpe) {
        Prescription.Strength rx = new Prescription.Strength(Plans.SQUAT, Collections.nCopies(3,
                new PrescribedSet(reps, SetKind.WORKING, new LoadTarget.AtRpe(Rpe.of(rpe)), null)),
                new ProgressionRule.RpeBased(Mass.kilograms(2.5)));
        return new Plans("rpe " + reps + "@" + rpe, 4).level(new LiftLevel(Plans.SQUAT, 1, 5, Mass.kilograms(90)))
                .every(Purpose.HEAVY_STRENGTH, rx, MONDAY).build();
    }

    @ParameterizedTest(name = "{0} × 100 kg @ RPE {1} → {2} @ RPE {3}: {5} kg ({4})")
    @CsvSource(textBlock = """
            5, 8, 5, 8, hold,          100
            5, 8, 8, 8, reduce-load,   90
            5, 8, 3, 8, increase-load, 105
            5, 9, 5, 8, reduce-load,   95
            5, 6, 5, 9, increase-load, 110
            """)
    void loadsComeFromTheRpeTable(int reps, double rpe, int nextReps, double nextRpe, String decision, double kg) {
        TrainingBlock block = block(nextReps, nextRpe);
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY),
                Plans.withRpe(Plans.SQUAT, 3, reps, 100, rpe));
        Suggestion next = Engines.first(Engines.week(block, 2, SUNDAY, List.of(session)),
                Plans.planned(block, 2, MONDAY));
        assertThat(next.decision().key()).isEqualTo(decision);
        Prescription.Strength rx = (Prescription.Strength) next.suggested();
        assertThat(PrescribedLoads.topFixed(rx).kilograms()).isEqualTo(kg);
        assertThat(rx.sets()).allSatisfy(s -> assertThat(s.rpeCap()).isEqualTo(Rpe.of(nextRpe)));
    }

    @Test
    void capsAJumpAtTenPercentOverTheLastLoad() {
        TrainingBlock block = block(1, 10);
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.withRpe(Plans.SQUAT, 3, 5, 100, 6));
        Suggestion next = Engines.first(Engines.week(block, 2, SUNDAY, List.of(session)),
                Plans.planned(block, 2, MONDAY));
        assertThat(PrescribedLoads.topFixed((Prescription.Strength) next.suggested()).kilograms()).isEqualTo(110);
        assertThat(next.reason()).contains("capped at 10 %");
    }

    @Test
    void startsFromTheLevelWithoutHistory() {
        TrainingBlock block = block(5, 8);
        Suggestion first = Engines.first(Engines.week(block, 1, Plans.START.minusDays(1), List.of()),
                Plans.planned(block, 1, MONDAY));
        // Level 5 × 90 kg: Epley 105 kg; 5 @ 8 is 81.2 % → 85.3 → 85 kg.
        assertThat(first.decision()).isInstanceOf(Decision.Start.class);
        assertThat(PrescribedLoads.topFixed((Prescription.Strength) first.suggested()).kilograms()).isEqualTo(85);
    }
}
