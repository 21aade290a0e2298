package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import app.overload.domain.ExerciseNames;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.UnitPreferences;
import app.overload.planning.PlanState;
import app.overload.planning.PlannedDay;
import app.overload.sample.SampleLogbook;
import org.junit.jupiter.api.Test;

/** A cell of the block's grid still to come says what it asks for, not only its title; a past one does not. */
class PlanGridTargetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final PrescriptionText TEXT = new PrescriptionText(UnitPreferences.METRIC,
            ExerciseNames.keysOnly());

    /** A planned run at a pace from the sample's blocks. */
    private static PlannedSession runAtPace() {
        return SampleLogbook.generate(1, 1, TODAY).blocks().stream().flatMap(b -> b.plan().stream())
                .filter(p -> p.prescriptions().size() == 1
                        && p.prescriptions().get(0) instanceof Prescription.Endurance e && e.distance() != null
                        && e.intervals().isEmpty() && e.target() instanceof PaceTarget.AtPace)
                .findFirst().orElseThrow();
    }

    @Test
    void aRunStillToComeShowsItsDistanceAndPace() {
        PlannedSession run = runAtPace();
        String target = PlanGrid.target(new PlannedDay(run, TODAY.plusDays(3), PlanState.UPCOMING, null), TEXT);
        assertThat(target).isEqualTo(TEXT.endurance((Prescription.Endurance) run.prescriptions().get(0)))
                .contains("km").contains("/km");
        assertThat(PlanGrid.target(new PlannedDay(run, TODAY, PlanState.TODAY, null), TEXT)).isEqualTo(target);
    }

    @Test
    void aDoneOrMissedCellShowsNoTarget() {
        PlannedSession run = runAtPace();
        assertThat(PlanGrid.target(new PlannedDay(run, TODAY.minusDays(3), PlanState.DONE, TODAY.minusDays(3)),
                TEXT)).isEmpty();
        assertThat(PlanGrid.target(new PlannedDay(run, TODAY.minusDays(3), PlanState.MISSED, null), TEXT)).isEmpty();
    }
}
