package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.overload.domain.Purpose;
import org.junit.jupiter.api.Test;

/**
 * Four weeks of sessions worked by hand, the first on Monday 2 Nov 2026 and today Sunday 29 Nov.
 * Weeks 1–3: Mon 300 (RPE 5 × 60 min), Wed 400 (5 × 80), Fri 300, Sun 600 (6 × 100): 1,600 a week.
 * Week 4: 300 every day: 2,100. One workout without RPE in week 2 adds nothing.
 */
class LoadChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = MONDAY.plusDays(27);

    private static List<SessionRow> fourWeeks() {
        List<SessionRow> sessions = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            LocalDate start = MONDAY.plusWeeks(week);
            sessions.add(training(start, 60, 5));
            sessions.add(training(start.plusDays(2), 80, 5));
            sessions.add(training(start.plusDays(4), 60, 5));
            sessions.add(training(start.plusDays(6), 100, 6));
        }
        sessions.add(new SessionRow(MONDAY.plusDays(9), false, null, 3600, null));
        for (int day = 21; day < 28; day++) {
            sessions.add(training(MONDAY.plusDays(day), 60, 5));
        }
        sessions.sort(Comparator.comparing(SessionRow::date));
        return sessions;
    }

    private static SessionRow training(LocalDate day, int minutes, double rpe) {
        return new SessionRow(day, true, Purpose.EASY_AEROBIC, minutes * 60.0, rpe);
    }

    private static Chart chart(List<SessionRow> sessions, ChartId id) {
        ChartResult r = LoadCharts.build(sessions, TimeRange.FOUR_WEEKS, TODAY).stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow();
        assertThat(r).as(r.toString()).isInstanceOf(ChartResult.Data.class);
        return ((ChartResult.Data) r).chart();
    }

    @Test
    void weeklySessionLoadIsRpeTimesMinutes() {
        Chart load = chart(fourWeeks(), ChartId.LOAD);
        assertThat(load.series().get(0).name()).isEqualTo("Training");
        assertThat(load.series().get(0).points()).extracting(ChartPoint::value)
                .containsExactly(1600.0, 1600.0, 1600.0, 2100.0);
        assertThat(load.notes()).extracting(Note::text).containsExactly("1 session without an RPE adds no load.");
    }

    @Test
    void acuteChronicRatioStartsAfterFourWeeksAndSitsInTheSweetSpot() {
        // Day 28: acute 2,100; chronic (1,600 × 3 + 2,100) / 4 = 1,725; ratio 2,100 / 1,725 = 1.2174.
        Chart ratio = chart(fourWeeks(), ChartId.ACUTE_CHRONIC);
        List<ChartPoint> points = ratio.series().get(0).points();
        assertThat(points).hasSize(1);
        assertThat(points.get(0).date()).isEqualTo(TODAY);
        assertThat(points.get(0).value()).isCloseTo(1.2174, within(0.0001));
        assertThat(points.get(0).label()).isEqualTo("Sun 29 Nov 2026\nRatio 1.22: last 7 days 2,100 ÷ weekly average "
                + "of 28 days 1,725");
        assertThat(ratio.marks()).contains(new Mark.Band(0.8, 1.3, "Sweet spot 0.8–1.3", "sweet-spot"));
        assertThat(ratio.notes().get(0).tone()).isEqualTo(Tone.GOOD);
    }

    @Test
    void monotonyAndStrainPerWeek() {
        // Week 1 daily loads 300, 0, 400, 0, 300, 0, 600: mean 228.571, population SD 218.529, monotony 1.0460;
        // strain 1,600 × 1.0460 = 1,673.6. Week 4 has seven equal days: infinite monotony,
        // which the chart leaves out.
        Chart monotony = chart(fourWeeks(), ChartId.MONOTONY);
        assertThat(monotony.series().get(0).points()).extracting(ChartPoint::date)
                .containsExactly(MONDAY.plusDays(6), MONDAY.plusDays(13), MONDAY.plusDays(20));
        assertThat(monotony.series().get(0).points().get(0).value()).isCloseTo(1.0460, within(0.0001));
        Chart strain = chart(fourWeeks(), ChartId.STRAIN);
        assertThat(strain.series().get(0).points().get(0).value()).isCloseTo(1673.6, within(0.2));
    }

    @Test
    void fitnessAndFatigueAreTheExponentialAveragesOfDailyLoad() {
        // Day 1: fitness 300/42 = 7.143, fatigue 300/7 = 42.857. Day 2 (rest): 7.143 × 41/42 = 6.973 and
        // 42.857 × 6/7 = 36.735; form 6.973 − 36.735 = −29.762.
        Chart pmc = chart(fourWeeks(), ChartId.FITNESS_FATIGUE);
        assertThat(pmc.series()).extracting(ChartSeries::name).containsExactly("Fitness (42 d)", "Fatigue (7 d)", "Form");
        assertThat(pmc.series().get(0).points().get(0).value()).isCloseTo(7.1429, within(0.0001));
        assertThat(pmc.series().get(1).points().get(0).value()).isCloseTo(42.857, within(0.001));
        assertThat(pmc.series().get(0).points().get(1).value()).isCloseTo(6.9728, within(0.0001));
        assertThat(pmc.series().get(2).points().get(1).value()).isCloseTo(-29.762, within(0.001));
        assertThat(pmc.series().get(0).points()).hasSize(28);
    }

    @Test
    void aShortHistoryHasNoRatioYet() {
        List<SessionRow> twoWeeks = fourWeeks().stream().filter(s -> s.date().isBefore(MONDAY.plusWeeks(2))).toList();
        ChartResult r = LoadCharts.build(twoWeeks, TimeRange.FOUR_WEEKS, MONDAY.plusDays(13)).get(1);
        assertThat(r).isInstanceOf(ChartResult.Missing.class);
        assertThat(((ChartResult.Missing) r).reason()).contains("starts four weeks after the first session "
                + "(29 Nov 2026)");
    }

    @Test
    void noSessionsOrNoRpeSayWhatIsMissing() {
        assertThat(LoadCharts.build(List.of(), TimeRange.ALL, TODAY)).allSatisfy(r -> assertThat(
                ((ChartResult.Missing) r).reason()).isEqualTo("No sessions logged yet."));
        List<SessionRow> noRpe = List.of(new SessionRow(TODAY, true, Purpose.TEMPO, 3600, null));
        assertThat(LoadCharts.build(noRpe, TimeRange.ALL, TODAY)).allSatisfy(r -> assertThat(
                ((ChartResult.Missing) r).reason()).startsWith("No session has an RPE"));
    }

    @Test
    void oneSessionGivesLoadAndFitnessButNoRatio() {
        List<ChartResult> results = LoadCharts.build(List.of(training(TODAY, 60, 5)), TimeRange.FOUR_WEEKS, TODAY);
        assertThat(results.get(0)).isInstanceOf(ChartResult.Data.class);
        assertThat(results.get(1)).isInstanceOf(ChartResult.Missing.class);
        assertThat(results.get(4)).isInstanceOf(ChartResult.Data.class);
    }
}
