package app.overload.progression;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.InvalidValueException;
import app.overload.domain.PlannedSession;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;

/** The previews of a re-plan: nothing is saved by them, and what they do is in the diff. */
class WhatIfTest {

    static final LocalDate SUNDAY_OF_WEEK_ONE = Plans.START.plusDays(6);

    static Replan replan(TrainingBlock block, LocalDate today, List<? extends Session> logged, WhatIf... whatIfs) {
        return new Replanner(new ProgressionEngine(UnitPreferences.METRIC, Plans.CATALOGUE)).replan(block, today,
                TrainingHistory.of(logged), List.of(whatIfs));
    }

    @Test
    void skippingNextWeekLeavesItOutAndTheSquatCarriesOnFromTheLastSessionDone() {
        TrainingBlock block = ReplannerTest.squatBlock("Skip");
        List<Session> weekOne = ReplannerTest.asPlanned(block, 1, 1);
        Replan replan = replan(block, SUNDAY_OF_WEEK_ONE, weekOne, WhatIf.skipNextWeek(block, SUNDAY_OF_WEEK_ONE));

        assertThat(replan.replanned().plannedIn(2)).isEmpty();
        assertThat(replan.changes().stream().filter(c -> c.kind() == SessionChange.Kind.SKIPPED)).hasSize(3);
        // Week 1 ended at 105 kg; week 3 goes on from there, one step a session, not from the 115 kg planned.
        List<Double> weekThree = replan.replanned().plannedIn(3).stream()
                .map(p -> ReplannerTest.top(p.prescriptions().get(0))).toList();
        assertThat(weekThree).containsExactly(107.5, 110.0, 112.5);
        assertThat(replan.structural()).as("only the whole of it can be accepted").isTrue();
        assertThat(block).as("a preview changes nothing stored").isEqualTo(ReplannerTest.squatBlock("Skip"));
    }

    @Test
    void theLongRunsMoveToTheDayAskedAndTheOtherRunsStay() {
        TrainingBlock block = VolumeGuardTest.block();
        Replan replan = replan(block, SUNDAY_OF_WEEK_ONE, List.of(), new WhatIf.MoveLongRuns(SATURDAY));

        for (PlannedSession p : replan.replanned().plan()) {
            if (p.week() >= 2) {
                assertThat(p.day()).isEqualTo(p.purpose() == Purpose.LONG_RUN ? SATURDAY : TUESDAY);
            }
        }
        assertThat(Plans.planned(replan.replanned(), 1, SUNDAY).purpose()).as("the past stays")
                .isEqualTo(Purpose.LONG_RUN);
        assertThat(replan.changes()).filteredOn(c -> c.kind() == SessionChange.Kind.MOVED).hasSize(3)
                .allSatisfy(c -> assertThat(c.dateAfter()).isEqualTo(c.dateBefore().minusDays(1)));
    }

    @Test
    void addingWeeksMovesTheGoalDateAndKeepsTheClosingDeloadLast() {
        TrainingBlock block = ReplannerTest.squatBlock("Longer");
        Replan replan = replan(block, SUNDAY_OF_WEEK_ONE, ReplannerTest.asPlanned(block, 1, 1), new WhatIf.AddWeeks(2));

        assertThat(replan.replanned().weeks()).isEqualTo(10);
        assertThat(replan.replanned().goalDate()).isEqualTo(block.goalDate().plusWeeks(2));
        assertThat(replan.changes()).filteredOn(c -> c.kind() == SessionChange.Kind.ADDED).hasSize(6);
    }

    @Test
    void aReplanOfABlockThatChangedSinceIsRefused() {
        TrainingBlock block = ReplannerTest.squatBlock("Stale");
        Replan replan = ReplannerTest.replan(block, Plans.START.plusDays(13), ReplannerTest.asPlanned(block, 1, 1));
        TrainingBlock edited = block.withPlan(block.plan().subList(0, block.plan().size() - 1));

        assertThatThrownBy(() -> replan.accept(edited, replan.changes().stream().map(SessionChange::id).toList()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("changed since this re-plan was made");
    }
}
