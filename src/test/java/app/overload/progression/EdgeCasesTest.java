package app.overload.progression;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;

/** No history, one session, misses and skips mixed, absurd numbers: always a suggestion, never an exception. */
class EdgeCasesTest {

    private static final LocalDate SUNDAY_BEFORE = Plans.START.minusDays(1);

    static TrainingBlock squats(LiftLevel level) {
        Plans plans = new Plans("edge" + level, 4);
        if (level != null) {
            plans.level(level);
        }
        return plans.every(Purpose.HEAVY_STRENGTH, Prescription.Strength.sets(Plans.SQUAT, 5, 5, Mass.kilograms(70),
                ProgressionRule.Linear.standard(Mass.kilograms(2.5))), MONDAY, WEDNESDAY, FRIDAY).build();
    }

    @Test
    void withoutHistoryStartsFromTheBlocksLevel() {
        TrainingBlock block = squats(new LiftLevel(Plans.SQUAT, 5, 5, Mass.kilograms(80)));
        Suggestion s = Engines.first(Engines.week(block, 1, SUNDAY_BEFORE, List.of()), Plans.planned(block, 1, MONDAY));
        assertThat(s.decision()).isInstanceOf(Decision.Start.class);
        assertThat(LinearRuleTest.top(s)).isEqualTo(80);
        assertThat(s.reason()).isEqualTo("No back squat logged in this block yet; your level 5×5 @ 80 kg → 80 kg.");
    }

    @Test
    void aLevelAtOtherRepsIsConvertedThroughTheMax() {
        // 1 × 100 kg is a 100 kg max; 5 reps at RPE 8 is 81.2 % → 81.2 → 80 kg.
        TrainingBlock block = squats(new LiftLevel(Plans.SQUAT, 1, 1, Mass.kilograms(100)));
        Suggestion s = Engines.first(Engines.week(block, 1, SUNDAY_BEFORE, List.of()), Plans.planned(block, 1, MONDAY));
        assertThat(LinearRuleTest.top(s)).isEqualTo(80);
    }

    @Test
    void withoutHistoryOrLevelKeepsThePlanAndSaysWhatIsMissing() {
        TrainingBlock block = squats(null);
        Suggestion s = Engines.first(Engines.week(block, 1, SUNDAY_BEFORE, List.of()), Plans.planned(block, 1, MONDAY));
        assertThat(s.decision()).isEqualTo(new Decision.NotEnoughData(
                "a logged back squat session or a current level for it"));
        assertThat(s.suggested()).isEqualTo(s.prescribed());
        assertThat(s.reason()).isEqualTo("No back squat logged in this block or the last 6 weeks and no current level"
                + " for it; kept as planned (5×5 @ 70 kg).");
    }

    @Test
    void aSeriesNeverStartedWeeksAfterItWasPlannedRestartsLighter() {
        TrainingBlock block = squats(new LiftLevel(Plans.SQUAT, 5, 5, Mass.kilograms(80)));
        Suggestion s = Engines.first(Engines.week(block, 4, block.weekStart(4).minusDays(1), List.of()),
                Plans.planned(block, 4, MONDAY));
        assertThat(s.decision()).isEqualTo(new Decision.RestartAfterBreak(21, 0.10));
        assertThat(LinearRuleTest.top(s)).isEqualTo(70);
        assertThat(s.reason()).isEqualTo("No back squat logged since the block planned it from 2 Nov (21 days); your "
                + "level 5×5 @ 80 kg → 10 % lighter at 70 kg.");
    }

    @Test
    void withoutBlockHistoryStartsFromRecentWorkouts() {
        // 5 × 90 kg in a workout: Epley 105 kg; 5 @ 8 is 81.2 % → 85.3 → 85 kg.
        TrainingBlock block = squats(null);
        Session gym = new Workout(Plans.id(SessionId.class, "gym"), Plans.START.minusDays(5)
                .atTime(18, 0), Duration.ofHours(1), null, "", List.of(Plans.done(Plans.SQUAT, 3, 5, 90)), "Gym");
        Suggestion s = Engines.first(Engines.week(block, 1, SUNDAY_BEFORE, List.of(gym)),
                Plans.planned(block, 1, MONDAY));
        assertThat(s.decision()).isInstanceOf(Decision.Start.class);
        assertThat(LinearRuleTest.top(s)).isEqualTo(85);
    }

    @Test
    void skippedSessionsNeitherSucceedNorFail() {
        TrainingBlock block = squats(null);
        List<Session> sessions = List.of(
                Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.reps(Plans.SQUAT, 5, 70, 5, 5, 5, 4, 4)),
                Plans.logged(block, Plans.planned(block, 1, FRIDAY), Plans.reps(Plans.SQUAT, 5, 70, 5, 5, 4, 4, 3)));
        Suggestion s = Engines.first(Engines.week(block, 2, Plans.START.plusDays(6), sessions),
                Plans.planned(block, 2, MONDAY));
        assertThat(s.decision()).isInstanceOf(Decision.Hold.class);
        assertThat(s.reason()).contains("missed on 2 and 6 Nov").contains("2 of 3 misses");
    }

    @Test
    void aSessionLoggedOffThePlanIsNoAttempt() {
        TrainingBlock block = squats(new LiftLevel(Plans.SQUAT, 5, 5, Mass.kilograms(70)));
        Session gym = new Workout(Plans.id(SessionId.class, "gym2"), Plans.START.plusDays(1)
                .atTime(18, 0), Duration.ofHours(1), null, "", List.of(Plans.done(Plans.SQUAT, 5, 5, 70)), "Gym");
        Suggestion s = Engines.first(Engines.week(block, 1, Plans.START.minusDays(1), List.of(gym)),
                Plans.planned(block, 1, MONDAY));
        assertThat(s.decision()).isInstanceOf(Decision.Start.class);
    }

    @Test
    void absurdLoggedNumbersStillGiveASensibleLoad() {
        TrainingBlock block = squats(null);
        StrengthEntry absurd = new StrengthEntry(Plans.SQUAT, Collections.nCopies(5,
                StrengthSet.working(StrengthSet.MAX_REPS, Mass.kilograms(Mass.MAX_KILOGRAMS))));
        Session session = Plans.logged(block, Plans.planned(block, 1, MONDAY), absurd);
        WeekPlan plan = Engines.week(block, 2, Plans.START.plusDays(6), List.of(session));
        Suggestion s = Engines.first(plan, Plans.planned(block, 2, MONDAY));
        assertThat(LinearRuleTest.top(s)).isEqualTo(72.5);
    }

    @Test
    void anAbsurdRpeSetDoesNotMoveTheEstimate() {
        Prescription.Strength rx = new Prescription.Strength(Plans.SQUAT, Collections.nCopies(3,
                new PrescribedSet(5, SetKind.WORKING, new LoadTarget.AtRpe(Rpe.of(8)), null)),
                new ProgressionRule.RpeBased(Mass.kilograms(2.5)));
        Plans plans = new Plans("rpe-absurd", 4);
        plans.every(Purpose.HEAVY_STRENGTH, rx, MONDAY, WEDNESDAY, FRIDAY);
        TrainingBlock block = plans.build();
        List<Session> sessions = new ArrayList<>();
        sessions.add(Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.withRpe(Plans.SQUAT, 3, 5, 100, 8)));
        sessions.add(Plans.logged(block, Plans.planned(block, 1, WEDNESDAY), Plans.withRpe(Plans.SQUAT, 3, 5, 100, 8)));
        sessions.add(Plans.logged(block, Plans.planned(block, 1, FRIDAY), new StrengthEntry(Plans.SQUAT, List.of(
                StrengthSet.working(1, Mass.kilograms(Mass.MAX_KILOGRAMS)).withRpe(Rpe.of(10))))));
        Suggestion s = Engines.first(Engines.week(block, 2, Plans.START.plusDays(6), sessions),
                Plans.planned(block, 2, MONDAY));
        assertThat(PrescribedLoads.topFixed((Prescription.Strength) s.suggested()).kilograms()).isEqualTo(100);
    }

    @Test
    void anAbsurdRunDoesNotCrashTheEndurance() {
        Plans plans = new Plans("run-absurd", 4).level(EnduranceRuleTest.FIVE_K);
        plans.every(Purpose.TEMPO, EnduranceRuleTest.tempo(4, 435), THURSDAY);
        TrainingBlock block = plans.build();
        Session session = Plans.logged(block, Plans.planned(block, 1, THURSDAY), Plans.run(Distance.kilometres(800),
                Duration.ofHours(24)));
        WeekPlan plan = Engines.week(block, 2, Plans.START.plusDays(6), List.of(session));
        assertThat(plan.suggestions()).hasSize(1);
        assertThat(plan.volume()).hasSize(1);
    }

    @Test
    void aWeekWithNothingPlannedHasNoSuggestions() {
        Plans plans = new Plans("empty", 3);
        plans.plan(1, MONDAY, Purpose.HEAVY_STRENGTH, Prescription.Strength.sets(Plans.SQUAT, 5, 5,
                Mass.kilograms(70), ProgressionRule.Linear.standard(Mass.kilograms(2.5))));
        TrainingBlock block = plans.build();
        WeekPlan plan = Engines.week(block, 2, Plans.START, List.of());
        assertThat(plan.suggestions()).isEmpty();
        assertThat(plan.volume()).isEmpty();
    }
}
