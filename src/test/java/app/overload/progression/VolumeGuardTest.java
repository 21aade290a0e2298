package app.overload.progression;

import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.overload.domain.Distance;
import app.overload.domain.Modality;
import app.overload.domain.PaceTarget;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weekly distance growth (TRAINING-RULES.md): more than 10 % over last week is a warning; more than 30 % over the
 * week before last holds the engine's distance increases back unless the user overrides.
 */
class VolumeGuardTest {

    static Prescription.Endurance run(double km, ProgressionRule rule) {
        return new Prescription.Endurance(Modality.RUN, Distance.kilometres(km), null, new PaceTarget.InZone(2),
                List.of(), rule);
    }

    static TrainingBlock block() {
        return block(12);
    }

    /** An easy 10 km on Tuesdays and a 12 km long run on Sundays, except {@code lastLongRun} km in week 4. */
    static TrainingBlock block(double lastLongRun) {
        Plans plans = new Plans("volume " + lastLongRun, 4);
        ProgressionRule longer = new ProgressionRule.Endurance(0, Distance.kilometres(3));
        for (int week = 1; week <= 4; week++) {
            plans.plan(week, TUESDAY, Purpose.EASY_AEROBIC, run(10, new ProgressionRule.Hold()));
            plans.plan(week, SUNDAY, Purpose.LONG_RUN, run(week == 4 ? lastLongRun : 12, longer));
        }
        return plans.build();
    }

    /** Week 1 as given (easy and long run, or the long run alone), week 2 both runs as planned. */
    static List<TrainingSession> history(TrainingBlock block, boolean easyInWeekOne) {
        List<TrainingSession> sessions = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            if (week == 2 || easyInWeekOne) {
                sessions.add(Plans.logged(block, Plans.planned(block, week, TUESDAY),
                        Plans.run(Distance.kilometres(10), Duration.ofMinutes(60))));
            }
            sessions.add(Plans.logged(block, Plans.planned(block, week, SUNDAY),
                    Plans.run(Distance.kilometres(12), Duration.ofMinutes(75))));
        }
        return sessions;
    }

    @Test
    void warnsAboveTenPercentOverLastWeek() {
        TrainingBlock block = block();
        WeekPlan plan = Engines.week(block, 3, block.weekStart(3).minusDays(1), history(block, true));
        VolumeCheck check = plan.volume().get(0);
        assertThat(check.planned().kilometres()).isCloseTo(25, within(1e-9));
        assertThat(check.lastWeek().kilometres()).isCloseTo(22, within(1e-9));
        assertThat(check.severity()).isEqualTo(Severity.WARNING);
        assertThat(check.refused()).isFalse();
        assertThat(check.sentence()).isEqualTo("Run next week: 25.0 km planned, 14 % more than last week (22.0 km) "
                + "and 14 % more than the week before (22.0 km). That is more than 10 % in a week.");
    }

    @Test
    void holdsDistanceIncreasesBackAboveThirtyPercentOverTwoWeeks() {
        TrainingBlock block = block();
        WeekPlan plan = Engines.week(block, 3, block.weekStart(3).minusDays(1), history(block, false));
        VolumeCheck check = plan.volume().get(0);
        assertThat(check.refused()).isTrue();
        assertThat(check.severity()).isEqualTo(Severity.STRONG_WARNING);
        Suggestion longRun = Engines.first(plan, Plans.planned(block, 3, SUNDAY));
        assertThat(longRun.decision()).isInstanceOf(Decision.Hold.class);
        assertThat(((Prescription.Endurance) longRun.suggested()).distance().kilometres()).isCloseTo(12, within(1e-9));
        assertThat(longRun.reason()).contains("held back");
        assertThat(plan.volumeRefused()).isTrue();
    }

    @ParameterizedTest(name = "week 4 planned at {0} km → held at {1} km")
    @CsvSource(textBlock = """
            12, 12, hold
            16, 12, hold
            10, 10, shorter
            """)
    void aHeldBackRunStaysWithinThePlanAndTheLastLoggedRun(double planned, double held, String decision) {
        // Long runs of 12 km logged in weeks 1 and 2, the easy 10 km on Tuesday of week 3; asked on Wednesday of
        // week 3, so week 3's long run is still to come. The engine climbs 12 → 15 (week 3) → 18 km (week 4), and
        // week 4's 28 km is far over 30 % above week 2's 12 km. Held back, week 4's long run must be no more than
        // the plan nor the 12 km last logged, never the 15 km the engine only guessed for week 3. Held at a plan of
        // 10 km, it is shorter than the 12 km it follows, and says so.
        TrainingBlock block = block(planned);
        List<TrainingSession> sessions = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            sessions.add(Plans.logged(block, Plans.planned(block, week, SUNDAY),
                    Plans.run(Distance.kilometres(12), Duration.ofMinutes(75))));
        }
        sessions.add(Plans.logged(block, Plans.planned(block, 3, TUESDAY),
                Plans.run(Distance.kilometres(10), Duration.ofMinutes(60))));
        WeekPlan plan = Engines.week(block, 4, block.weekStart(3).plusDays(2), sessions);

        Suggestion longRun = Engines.first(plan, Plans.planned(block, 4, SUNDAY));
        assertThat(plan.volume().get(0).refused()).isTrue();
        assertThat(longRun.decision().key()).isEqualTo(decision);
        assertThat(((Prescription.Endurance) longRun.suggested()).distance().kilometres())
                .isCloseTo(held, within(1e-9));
        assertThat(plan.volume().get(0).sentence()).contains("Held back 18.0 km in zone 2");
    }

    @ParameterizedTest(name = "week 1 logged {0} km, next week 26 km → refused {1}, {2}")
    @CsvSource(textBlock = """
            20,    false, warning
            20.01, false, warning
            19.99, true,  strong_warning
            """)
    void theTwoWeekLimitHoldsBackExactlyWhenItWarns(double weekOne, boolean refused, String severity) {
        // An easy 11 km on Tuesdays (kept as written) and a long run on Sundays that climbs by 3 km. Week 1: only the
        // long run, logged at the given distance; week 2: 11 + 12 km. Week 3 would be 11 + 15 = 26 km: exactly 30 %
        // over 20 km is within the limit (no hold, no "more than 30 %"); 30.05 % over 19.99 km is over it.
        Plans plans = new Plans("boundary " + weekOne, 4);
        ProgressionRule longer = new ProgressionRule.Endurance(0, Distance.kilometres(3));
        for (int week = 1; week <= 4; week++) {
            plans.plan(week, TUESDAY, Purpose.EASY_AEROBIC, run(11, new ProgressionRule.Hold()));
            plans.plan(week, SUNDAY, Purpose.LONG_RUN, run(12, longer));
        }
        TrainingBlock block = plans.build();
        List<TrainingSession> sessions = new ArrayList<>();
        sessions.add(Plans.logged(block, Plans.planned(block, 1, SUNDAY), Plans.run(Distance.kilometres(weekOne),
                Duration.ofMinutes(120))));
        sessions.add(Plans.logged(block, Plans.planned(block, 2, TUESDAY), Plans.run(Distance.kilometres(11),
                Duration.ofMinutes(66))));
        sessions.add(Plans.logged(block, Plans.planned(block, 2, SUNDAY), Plans.run(Distance.kilometres(12),
                Duration.ofMinutes(75))));
        WeekPlan plan = Engines.week(block, 3, block.weekStart(3).minusDays(1), sessions);
        VolumeCheck check = plan.volume().get(0);
        assertThat(check.refused()).isEqualTo(refused);
        assertThat(check.severity().name().toLowerCase(Locale.ROOT)).isEqualTo(severity);
        if (refused) {
            assertThat(check.sentence()).contains("Held back 15.0 km in zone 2 to stay within 30 % over two weeks.");
        } else {
            assertThat(check.sentence()).doesNotContain("30 % over two weeks").doesNotContain("more than 30 %");
        }
        assertThat(Engines.first(plan, Plans.planned(block, 3, SUNDAY)).decision().key())
                .isEqualTo(refused ? "hold" : "longer");
    }

    @ParameterizedTest(name = "last logged {0}, plan {1} → hold at {2}")
    @CsvSource(textBlock = """
            12 km,  15 km,  12 km
            12 km,  10 km,  10 km
            12 km,  12 km,  12 km
            60 min, 75 min, 60 min
            60 min, 45 min, 45 min
            60 min, 10 km,  10 km
            10 km,  60 min, 60 min
            """)
    void aHoldIsNeverMoreThanTheLastLoggedRunNorThePlan(String lastLogged, String plan, String expected) {
        assertThat(VolumeGuard.holdAt(amount(lastLogged), amount(plan))).isEqualTo(amount(expected));
    }

    /** "12 km" or "60 min" in zone 2, with the rule of the long run. */
    private static Prescription.Endurance amount(String text) {
        String[] parts = text.split(" ");
        double value = Double.parseDouble(parts[0]);
        ProgressionRule rule = new ProgressionRule.Endurance(0, Distance.kilometres(3));
        return parts[1].equals("km") ? run(value, rule) : new Prescription.Endurance(Modality.RUN, null,
                Duration.ofMinutes((long) value), new PaceTarget.InZone(2), List.of(), rule);
    }

    /** An easy 45 min on Tuesdays and a 60 min long run on Sundays, both by time in zone 2. */
    static TrainingBlock timeBlock() {
        Plans plans = new Plans("volume by time", 4);
        ProgressionRule longer = new ProgressionRule.Endurance(0, Distance.kilometres(3));
        for (int week = 1; week <= 4; week++) {
            plans.plan(week, TUESDAY, Purpose.EASY_AEROBIC, minutes(45, new ProgressionRule.Hold()));
            plans.plan(week, SUNDAY, Purpose.LONG_RUN, minutes(60, longer));
        }
        return plans.build();
    }

    static Prescription.Endurance minutes(long minutes, ProgressionRule rule) {
        return new Prescription.Endurance(Modality.RUN, null, Duration.ofMinutes(minutes), new PaceTarget.InZone(2),
                List.of(), rule);
    }

    /** Week 1 as given (easy and long run, or the long run alone), week 2 both, logged with their distances. */
    static List<TrainingSession> timeHistory(TrainingBlock block, boolean easyInWeekOne) {
        List<TrainingSession> sessions = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            if (week == 2 || easyInWeekOne) {
                sessions.add(Plans.logged(block, Plans.planned(block, week, TUESDAY),
                        Plans.run(Distance.kilometres(7.5), Duration.ofMinutes(45))));
            }
            sessions.add(Plans.logged(block, Plans.planned(block, week, SUNDAY),
                    Plans.run(Distance.kilometres(10), Duration.ofMinutes(60))));
        }
        return sessions;
    }

    @Test
    void runsPrescribedByTimeAreComparedInTime() {
        // The long run grows by the 3 km step at 6:00 /km (18 min), capped at a quarter: 60 → 75 min. Next week
        // 45 + 75 = 120 min against 105 min in each of the last two weeks: 14 % more, a warning.
        TrainingBlock block = timeBlock();
        WeekPlan plan = Engines.week(block, 3, block.weekStart(3).minusDays(1), timeHistory(block, true));
        VolumeCheck check = plan.volume().get(0);
        assertThat(check.measure()).isEqualTo(VolumeCheck.Measure.TIME);
        assertThat(check.plannedTime()).isEqualTo(Duration.ofMinutes(120));
        assertThat(check.lastWeekTime()).isEqualTo(Duration.ofMinutes(105));
        assertThat(check.growthOverLastWeek()).isCloseTo(15.0 / 105, within(1e-9));
        assertThat(check.severity()).isEqualTo(Severity.WARNING);
        assertThat(check.sentence()).isEqualTo("Run next week: 2 h planned, 14 % more than last week (1 h 45 min) "
                + "and 14 % more than the week before (1 h 45 min). That is more than 10 % in a week.");
    }

    @Test
    void aLongerTimeIsHeldBackAboveThirtyPercentOverTwoWeeks() {
        // Week 1 only the 60 min long run: 120 min next week is 100 % more, so the 75 min is held at 60.
        TrainingBlock block = timeBlock();
        WeekPlan plan = Engines.week(block, 3, block.weekStart(3).minusDays(1), timeHistory(block, false));
        VolumeCheck check = plan.volume().get(0);
        assertThat(check.refused()).isTrue();
        assertThat(check.severity()).isEqualTo(Severity.STRONG_WARNING);
        assertThat(check.plannedTime()).isEqualTo(Duration.ofMinutes(105));
        Suggestion longRun = Engines.first(plan, Plans.planned(block, 3, SUNDAY));
        assertThat(longRun.decision()).isInstanceOf(Decision.Hold.class);
        assertThat(((Prescription.Endurance) longRun.suggested()).duration()).isEqualTo(Duration.ofMinutes(60));
        assertThat(check.sentence()).contains("Held back 1:15:00 in zone 2");
    }

    @Test
    void distanceIsTheMeasureWhenEverySessionHasOne() {
        TrainingBlock block = block();
        WeekPlan plan = Engines.week(block, 3, block.weekStart(3).minusDays(1), history(block, true));
        assertThat(plan.volume().get(0).measure()).isEqualTo(VolumeCheck.Measure.DISTANCE);
    }

    @Test
    void theUserCanOverrideTheTwoWeekLimit() {
        TrainingBlock block = block();
        WeekPlan plan = Engines.week(block, 3, block.weekStart(3).minusDays(1), history(block, false),
                UnitPreferences.METRIC, true);
        Suggestion longRun = Engines.first(plan, Plans.planned(block, 3, SUNDAY));
        assertThat(longRun.decision()).isInstanceOf(Decision.LongerDistance.class);
        assertThat(((Prescription.Endurance) longRun.suggested()).distance().kilometres()).isCloseTo(15, within(1e-9));
        assertThat(plan.volume().get(0).refused()).isFalse();
        assertThat(plan.volume().get(0).severity()).isEqualTo(Severity.STRONG_WARNING);
    }
}
