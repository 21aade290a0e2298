package app.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.WeekKind;
import org.junit.jupiter.api.Test;

/** Plan against done: done, missed, today and upcoming, and compliance per week and for the block. */
class ComplianceTest {

    static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    /** Two weeks of Monday, Wednesday and Friday; week 2 is a deload. */
    static TrainingBlock block() {
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
                plan.add(new PlannedSession(PlannedSessionId.random(), week, day, Purpose.HEAVY_STRENGTH, "Squat",
                        List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(100),
                                ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), ""));
            }
        }
        return new TrainingBlock(BlockId.random(), "Squat", new StrengthGoal(SQUAT, Mass.kilograms(110), 5), MONDAY,
                MONDAY.plusDays(13), 2, List.of(), List.of(2), List.of(), List.of(), plan, "", null);
    }

    static PlannedSessionId planned(TrainingBlock block, int week, int index) {
        return block.plannedIn(week).get(index).id();
    }

    @Test
    void countsDoneAndMissedSessionsButNotTodaysOrLaterOnes() {
        TrainingBlock block = block();
        LocalDate wednesdayOfWeek2 = MONDAY.plusDays(9);
        Map<PlannedSessionId, LocalDate> done = Map.of(
                planned(block, 1, 0), MONDAY,
                planned(block, 1, 2), MONDAY.plusDays(5), // Friday's session, logged on Saturday
                planned(block, 2, 0), MONDAY.plusDays(7));

        Compliance compliance = Compliance.of(block, done, wednesdayOfWeek2);

        PlanWeek first = compliance.weeks().get(0);
        PlanWeek second = compliance.weeks().get(1);
        assertThat(first.sessions()).extracting(PlannedDay::state)
                .containsExactly(PlanState.DONE, PlanState.MISSED, PlanState.DONE);
        assertThat(first.sessions().get(2).doneOn()).isEqualTo(MONDAY.plusDays(5));
        assertThat(first.compliance()).hasValue(67);
        assertThat(second.sessions()).extracting(PlannedDay::state)
                .containsExactly(PlanState.DONE, PlanState.TODAY, PlanState.UPCOMING);
        assertThat(second.compliance()).hasValue(100);
        assertThat(second.kind()).isEqualTo(WeekKind.DELOAD);
        assertThat(second.current()).isTrue();
        assertThat(first.current()).isFalse();
        assertThat(compliance.done()).isEqualTo(3);
        assertThat(compliance.due()).isEqualTo(4);
        assertThat(compliance.percent()).hasValue(75);
        assertThat(compliance.currentWeek()).contains(second);
    }

    @Test
    void compliancePerWeekChangesAsSessionsAreLogged() {
        TrainingBlock block = block();
        LocalDate saturday = MONDAY.plusDays(5);

        assertThat(Compliance.of(block, Map.of(), saturday).percent()).hasValue(0);
        assertThat(Compliance.of(block, Map.of(planned(block, 1, 0), MONDAY), saturday).percent()).hasValue(33);
        assertThat(Compliance.of(block, Map.of(planned(block, 1, 0), MONDAY, planned(block, 1, 1),
                MONDAY.plusDays(2)), saturday).percent()).hasValue(67);
    }

    @Test
    void hasNothingDueBeforeTheBlockStarts() {
        Compliance compliance = Compliance.of(block(), Map.of(), MONDAY.minusDays(3));

        assertThat(compliance.percent()).isEmpty();
        assertThat(compliance.currentWeek()).isEmpty();
        assertThat(compliance.weeks()).allSatisfy(w -> assertThat(w.sessions()).extracting(PlannedDay::state)
                .containsOnly(PlanState.UPCOMING));
        assertThat(compliance.planned()).isEqualTo(6);
    }

    @Test
    void ignoresSessionsThatFulfilAnotherBlocksPlan() {
        Compliance compliance = Compliance.of(block(), Map.of(PlannedSessionId.random(), MONDAY), MONDAY.plusDays(1));

        assertThat(compliance.done()).isZero();
        assertThat(compliance.due()).isEqualTo(1);
    }
}
