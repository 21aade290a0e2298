package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.TrainingBlock;
import org.junit.jupiter.api.Test;

/** Accepting suggestions writes them into the plan, and only into the plan they were made from. */
class PlanUpdateTest {

    static WeekPlan suggested(TrainingBlock block) {
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.done(Plans.SQUAT, 5, 5, 100));
        return Engines.week(block, 2, Plans.START.plusDays(6), List.of(session));
    }

    @Test
    void acceptingAllWritesNextWeeksPrescriptions() {
        TrainingBlock block = LinearRuleTest.block(Plans.SQUAT, 100, 2.5);
        WeekPlan plan = suggested(block);
        TrainingBlock accepted = PlanUpdate.acceptAll(block, plan);
        for (Suggestion s : plan.suggestions()) {
            PlannedSession p = accepted.planned(s.plannedSession()).orElseThrow();
            assertThat(p.prescriptions().get(s.position())).isEqualTo(s.suggested());
        }
        assertThat(accepted.plannedIn(3)).isEqualTo(block.plannedIn(3));
        assertThat(accepted.plan()).hasSameSizeAs(block.plan());
    }

    @Test
    void anEditedNumberIsWhatGetsStored() {
        TrainingBlock block = LinearRuleTest.block(Plans.SQUAT, 100, 2.5);
        Suggestion monday = Engines.first(suggested(block), Plans.planned(block, 2, MONDAY));
        Prescription.Strength edited = Prescriptions.withTopLoad((Prescription.Strength) monday.suggested(),
                Mass.kilograms(101), MassUnit.KG);
        TrainingBlock accepted = PlanUpdate.accept(block, List.of(monday.edited(edited)));
        assertThat(accepted.planned(monday.plannedSession()).orElseThrow().prescriptions().get(0)).isEqualTo(edited);
    }

    @Test
    void refusesASuggestionMadeFromAPlanThatChangedSince() {
        TrainingBlock block = LinearRuleTest.block(Plans.SQUAT, 100, 2.5);
        WeekPlan plan = suggested(block);
        TrainingBlock changed = PlanUpdate.acceptAll(block, plan);
        assertThatThrownBy(() -> PlanUpdate.acceptAll(changed, plan)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("changed since the suggestions were made");
    }
}
