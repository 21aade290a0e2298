package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.Mass;
import app.overload.domain.Pace;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The warnings next to the suggestions, each from a history made to trigger it and nothing else. */
class InsightsTest {

    /** Week 5 starts on 30 Nov; the history ends on Sunday 29 Nov. */
    private static final int WEEK = 5;

    static TrainingBlock block() {
        return new Plans("insights", 6).level(EnduranceRuleTest.FIVE_K).every(Purpose.HEAVY_STRENGTH,
                Prescription.Strength.sets(Plans.BENCH, 3, 5, Mass.kilograms(60), new ProgressionRule.Hold()), MONDAY)
                .build();
    }

    static List<Insight> insights(List<? extends Session> sessions, Map<LocalDate, Double> loads, int unreadable) {
        TrainingBlock block = block();
        WeekRequest request = new WeekRequest(block, WEEK, block.weekStart(WEEK).minusDays(1), false);
        return new ProgressionEngine(UnitPreferences.METRIC, Plans.CATALOGUE)
                .suggestWeek(request, new TrainingHistory(sessions, loads, unreadable)).insights();
    }

    static Workout workout(LocalDate day, ActivityEntry entry) {
        return new Workout(Plans.id(SessionId.class, "w" + day + entry), day.atTime(7, 0), Duration.ofHours(1),
                Rpe.of(6), "", List.of(entry), "");
    }

    @Test
    void flagsMonotonyAboveTwo() {
        Map<LocalDate, Double> loads = new HashMap<>();
        LocalDate last = LocalDate.of(2026, 11, 29);
        for (int i = 0; i < 28; i++) {
            loads.put(last.minusDays(i), i == 3 ? 200.0 : 300.0);
        }
        List<Insight> insights = insights(List.of(), loads, 0);
        assertThat(insights).extracting(Insight::kind).containsExactly(Insight.Kind.MONOTONY);
        assertThat(insights.get(0).sentence()).startsWith("Training monotony was 8.2 over the week to 29 Nov");
    }

    @Test
    void flagsAWeekOfTheSameLoadEveryDay() {
        // Four weeks of 300 every day: SD 0, so monotony has no limit; the ratio of 2,100 to 2,100 is 1.0.
        Map<LocalDate, Double> loads = new HashMap<>();
        LocalDate last = LocalDate.of(2026, 11, 29);
        for (int i = 0; i < 28; i++) {
            loads.put(last.minusDays(i), 300.0);
        }
        List<Insight> insights = insights(List.of(), loads, 0);
        assertThat(insights).extracting(Insight::kind).containsExactly(Insight.Kind.MONOTONY);
        assertThat(insights.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(insights.get(0).sentence()).isEqualTo("Training load was the same every day over the week to "
                + "29 Nov (monotony without limit, above 2): the days were all alike; put easy or rest days "
                + "between the hard ones.");
    }

    @Test
    void aWeekWithoutLoadIsNotMonotonous() {
        // Three weeks of varied load, then a week of rest: the last week has no load to be monotonous about.
        Map<LocalDate, Double> loads = new HashMap<>();
        LocalDate last = LocalDate.of(2026, 11, 29);
        for (int i = 7; i < 28; i++) {
            loads.put(last.minusDays(i), i % 2 == 0 ? 400.0 : 0.0);
        }
        assertThat(insights(List.of(), loads, 0)).isEmpty();
    }

    @Test
    void flagsAnAcuteChronicRatioAboveOneAndAHalf() {
        // Three weeks of 300 (100 on the first three days of each), then 2,100 in the last week (600 every other
        // day, 300 on the first): acute 2,100, chronic 750 a week, ratio 2.8. The history starts on the first of the
        // 28 days, so the ratio has its four weeks. The last week varies enough (monotony 1.08) not to be
        // monotonous as well.
        Map<LocalDate, Double> loads = new HashMap<>();
        LocalDate last = LocalDate.of(2026, 11, 29);
        for (int i = 0; i < 28; i++) {
            loads.put(last.minusDays(i), i == 6 ? 300.0 : i < 6 ? (i % 2 == 0 ? 600.0 : 0.0)
                    : i % 7 >= 4 ? 100.0 : 0.0);
        }
        List<Insight> insights = insights(List.of(), loads, 0);
        assertThat(insights).extracting(Insight::kind).containsExactly(Insight.Kind.ACUTE_CHRONIC);
        assertThat(insights.get(0).sentence()).contains("2.8 × the weekly average");
    }

    @ParameterizedTest(name = "history from {0} days before the last day → ratio warning: {1}")
    @CsvSource(textBlock = """
            0,  false
            13, false
            26, false
            27, true
            40, true
            """)
    void noAcuteChronicRatioBeforeTwentyEightDaysOfHistory(int daysBefore, boolean warned) {
        // A session load of 300 on the first day, then 300 on each of the last three days (and on that first day
        // when it is one of them): 900 or more in the last week against at most 1,200 / 4 = 300 a week, a ratio of 3
        // or more. Before 28 days of history (27 days back is the 28th day) there is no ratio, so no warning.
        LocalDate last = LocalDate.of(2026, 11, 29);
        Map<LocalDate, Double> loads = new HashMap<>();
        loads.put(last.minusDays(daysBefore), 300.0);
        for (int i = 0; i < 3; i++) {
            loads.merge(last.minusDays(i * 2L), 300.0, Double::sum);
        }
        List<Insight> insights = insights(List.of(), loads, 0);
        assertThat(insights.stream().anyMatch(i -> i.kind() == Insight.Kind.ACUTE_CHRONIC)).isEqualTo(warned);
    }

    @Test
    void aLogbookWithOneSessionHasNoAcuteChronicWarning() {
        Session only = workout(LocalDate.of(2026, 11, 27), Plans.done(Plans.BENCH, 3, 5, 60));
        assertThat(insights(List.of(only), Map.of(LocalDate.of(2026, 11, 27), 420.0), 0)).isEmpty();
    }

    @Test
    void flagsRunningThatIsMostlyModerate() {
        // The 5 km level in 20:00 puts threshold near 4:16 /km; runs at 4:35 /km are neither easy nor hard.
        Pace moderate = Pace.perKilometre(Duration.ofSeconds(275));
        List<Session> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(workout(LocalDate.of(2026, 11, 10).plusDays(3L * i), Plans.run(Distance.kilometres(12),
                    moderate.timeFor(Distance.kilometres(12)))));
        }
        List<Insight> insights = insights(runs, Map.of(), 0);
        assertThat(insights).extracting(Insight::kind).contains(Insight.Kind.GREY_ZONE);
    }

    @Test
    void flagsHeavySetsWithShortRest() {
        List<StrengthSet> sets = new ArrayList<>();
        sets.add(StrengthSet.working(5, Mass.kilograms(100)));
        for (int i = 0; i < 4; i++) {
            sets.add(StrengthSet.working(5, Mass.kilograms(100)).withRest(Duration.ofSeconds(60)));
        }
        Session hurried = workout(LocalDate.of(2026, 11, 25), new StrengthEntry(Plans.SQUAT, sets));
        List<Insight> insights = insights(List.of(hurried), Map.of(), 0);
        assertThat(insights).extracting(Insight::kind).containsExactly(Insight.Kind.SHORT_REST);
        assertThat(insights.get(0).sentence()).startsWith("4 heavy sets (≤ 6 reps at ≥ 80 % of your max) had under 2 "
                + "min rest, 1:00 on average: back squat on 25 Nov.");
    }

    @Test
    void enoughRestIsNoWarning() {
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sets.add(StrengthSet.working(5, Mass.kilograms(100)).withRest(Duration.ofMinutes(3)));
        }
        assertThat(insights(List.of(workout(LocalDate.of(2026, 11, 25), new StrengthEntry(Plans.SQUAT, sets))),
                Map.of(), 0)).isEmpty();
    }

    @Test
    void saysWhenLoggedRowsWereLeftOut() {
        List<Insight> insights = insights(List.of(), Map.of(), 2);
        assertThat(insights).extracting(Insight::kind).containsExactly(Insight.Kind.UNREADABLE_HISTORY);
        assertThat(insights.get(0).severity()).isEqualTo(Severity.INFO);
    }
}
