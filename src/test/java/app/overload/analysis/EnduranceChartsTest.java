package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.UnitPreferences;
import app.overload.progression.RunningFormulas;
import org.junit.jupiter.api.Test;

/** Endurance charts and race predictions on hand-made runs. Today is Monday 23 Nov 2026. */
class EnduranceChartsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final EnduranceSubject RUNS = new EnduranceSubject(Modality.RUN, null, 0);
    private static final EnduranceSubject TEMPO = new EnduranceSubject(Modality.RUN, Purpose.TEMPO, 0);

    private final List<EnduranceRow> rows = new ArrayList<>();

    private void run(LocalDate day, Purpose purpose, Double km, int minutes) {
        rows.add(new EnduranceRow(day, Modality.RUN, purpose, km == null ? null : km * 1000, minutes * 60.0, null));
    }

    private List<ChartResult> charts(EnduranceSubject subject, TimeRange range, List<GoalRow> goals,
            UnitPreferences units) {
        return EnduranceCharts.build(subject, rows, goals, range, TODAY, units);
    }

    private static ChartResult find(List<ChartResult> results, ChartId id) {
        return results.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static Chart data(List<ChartResult> results, ChartId id) {
        ChartResult r = find(results, id);
        assertThat(r).as(r.toString()).isInstanceOf(ChartResult.Data.class);
        return ((ChartResult.Data) r).chart();
    }

    private static String missing(List<ChartResult> results, ChartId id) {
        ChartResult r = find(results, id);
        assertThat(r).isInstanceOf(ChartResult.Missing.class);
        return ((ChartResult.Missing) r).reason();
    }

    @Test
    void paceOfEachRunInTheUsersUnitWithTheFastestMarked() {
        run(LocalDate.of(2026, 11, 10), Purpose.TEMPO, 8.0, 40); // 5:00 /km = 300 s
        run(LocalDate.of(2026, 11, 17), Purpose.TEMPO, 8.0, 39); // 4:52.5 /km, faster: a record
        run(LocalDate.of(2026, 11, 19), Purpose.EASY_AEROBIC, 10.0, 60); // not a tempo run

        Chart metric = data(charts(TEMPO, TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC), ChartId.PACE);
        List<ChartPoint> pace = metric.series().get(0).points();
        assertThat(pace).extracting(ChartPoint::value).containsExactly(300.0, 292.5);
        assertThat(pace).extracting(ChartPoint::record).containsExactly(false, true);
        assertThat(pace.get(0).label()).isEqualTo("Tue 10 Nov 2026 · Tempo / threshold\n8.0 km in 40:00 · 5:00 /km");
        assertThat(metric.format()).isEqualTo(ValueFormat.CLOCK);
        assertThat(metric.axisLabel()).isEqualTo("Pace (min /km)");

        Chart imperial = data(charts(TEMPO, TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.IMPERIAL), ChartId.PACE);
        // 300 s/km × 1.609344 = 482.8 s per mile.
        assertThat(imperial.series().get(0).points().get(0).value()).isCloseTo(482.80, within(0.01));
    }

    @Test
    void ridesAreDrawnAsSpeed() {
        rows.add(new EnduranceRow(TODAY.minusDays(1), Modality.RIDE, null, 30_000.0, 3600, null));
        Chart chart = data(charts(new EnduranceSubject(Modality.RIDE, null, 1), TimeRange.FOUR_WEEKS, List.of(),
                UnitPreferences.METRIC), ChartId.PACE);
        assertThat(chart.series().get(0).points().get(0).value()).isCloseTo(30, within(1e-9));
        assertThat(chart.axisLabel()).isEqualTo("Speed (km/h)");
    }

    @Test
    void weeklyDistanceTimeAndLongestRun() {
        run(LocalDate.of(2026, 11, 16), Purpose.EASY_AEROBIC, 10.0, 55);
        run(LocalDate.of(2026, 11, 22), Purpose.LONG_RUN, 18.0, 105);
        run(LocalDate.of(2026, 11, 23), Purpose.EASY_AEROBIC, 5.0, 28);

        List<ChartResult> results = charts(RUNS, TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC);

        assertThat(data(results, ChartId.DISTANCE).series().get(0).points()).extracting(ChartPoint::value)
                .containsExactly(28.0, 5.0);
        assertThat(data(results, ChartId.DISTANCE).series().get(0).points().get(0).label())
                .isEqualTo("Week of 16 Nov 2026\n28.0 km in 2 entries · 2 h 40 min");
        assertThat(data(results, ChartId.TIME).series().get(0).points()).extracting(ChartPoint::value)
                .containsExactly(160 / 60.0, 28 / 60.0);
        List<ChartPoint> longest = data(results, ChartId.LONG_RUN).series().get(0).points();
        assertThat(longest).extracting(ChartPoint::date).containsExactly(LocalDate.of(2026, 11, 22), TODAY);
        assertThat(longest).extracting(ChartPoint::value).containsExactly(18.0, 5.0);
    }

    @Test
    void runsWithoutDistanceCountInTimeButNotInPace() {
        run(TODAY.minusDays(3), Purpose.EASY_AEROBIC, null, 45);
        run(TODAY.minusDays(1), Purpose.EASY_AEROBIC, null, 30);

        List<ChartResult> results = charts(RUNS, TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC);

        assertThat(missing(results, ChartId.PACE)).isEqualTo("The 2 entries of runs in the last 4 weeks have no "
                + "distance (logged by time only), so there is no pace to draw.");
        assertThat(missing(results, ChartId.DISTANCE)).contains("no distance to draw");
        assertThat(missing(results, ChartId.LONG_RUN)).contains("no longest distance to draw");
        assertThat(data(results, ChartId.TIME).series().get(0).points()).hasSize(1);
    }

    @Test
    void aRunWithoutDistanceIsNamedAsLeftOut() {
        run(TODAY.minusDays(3), Purpose.EASY_AEROBIC, null, 45);
        run(TODAY.minusDays(1), Purpose.EASY_AEROBIC, 8.0, 45);
        Chart pace = data(charts(RUNS, TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC), ChartId.PACE);
        assertThat(pace.notes()).extracting(Note::text).contains("1 entry without a distance left out.");
    }

    @Test
    void nothingLoggedOrNothingInRange() {
        assertThat(missing(charts(RUNS, TimeRange.ALL, List.of(), UnitPreferences.METRIC), ChartId.PACE))
                .isEqualTo("No runs logged yet.");
        run(LocalDate.of(2026, 3, 1), Purpose.TEMPO, 8.0, 40);
        assertThat(missing(charts(TEMPO, TimeRange.TWELVE_WEEKS, List.of(), UnitPreferences.METRIC), ChartId.TIME))
                .isEqualTo("No Tempo / threshold runs in the last 12 weeks; the last was on 1 Mar 2026.");
    }

    @Test
    void predictsTheGoalRaceByRiegelAndVdotFromTheBestRecentEffort() {
        // Best effort 10 km in 45:00 (VDOT 45.26). Riegel to a half marathon: 2,700 s × 2.10975^1.06 = 5,957 s,
        // 1:39:17. A slower easy run in the same weeks must not be the one predicted from.
        run(LocalDate.of(2026, 11, 8), Purpose.RACE, 10.0, 45);
        run(LocalDate.of(2026, 11, 15), Purpose.EASY_AEROBIC, 12.0, 72);
        GoalRow goal = new GoalRow("Half", new EnduranceGoal(Modality.RUN, Distance.metres(21_097.5),
                Duration.ofMinutes(105)), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 12, 13));

        Chart chart = data(charts(RUNS, TimeRange.FOUR_WEEKS, List.of(goal), UnitPreferences.METRIC),
                ChartId.RACE_PREDICTION);

        ChartSeries riegel = chart.series().stream().filter(s -> s.role().equals("riegel")).findFirst().orElseThrow();
        ChartSeries vdot = chart.series().stream().filter(s -> s.role().equals("vdot")).findFirst().orElseThrow();
        // Sundays 1, 8, 15, 22 Nov and today; the effort is from 8 Nov, so the first point is 8 Nov.
        assertThat(riegel.points()).extracting(ChartPoint::date).containsExactly(LocalDate.of(2026, 11, 8),
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22), TODAY);
        assertThat(riegel.points().get(3).value()).isCloseTo(5957.3, within(0.5));
        double vdotSeconds = vdot.points().get(3).value();
        assertThat(RunningFormulas.vdot(Distance.metres(21_097.5),
                Duration.ofMillis(Math.round(vdotSeconds * 1000)))).isCloseTo(45.263, within(0.001));
        assertThat(chart.marks()).contains(new Mark.Guide(6300, "Goal 1:45:00 by 13 Dec 2026", "goal"));
        assertThat(chart.notes()).extracting(Note::tone).contains(Tone.GOOD);
        assertThat(chart.notes().get(0).text()).startsWith("Latest, from 10.0 km in 45:00 on 8 Nov 2026 (VDOT 45.3)"
                + ": Riegel 1:39:17");
    }

    @Test
    void noPredictionWithoutAGoalOrForOtherSports() {
        run(TODAY.minusDays(2), Purpose.TEMPO, 8.0, 40);
        assertThat(missing(charts(RUNS, TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC),
                ChartId.RACE_PREDICTION)).startsWith("No running goal in the last 4 weeks");
        rows.add(new EnduranceRow(TODAY.minusDays(1), Modality.SWIM, null, 1500.0, 1800, null));
        assertThat(missing(charts(new EnduranceSubject(Modality.SWIM, null, 1), TimeRange.FOUR_WEEKS, List.of(),
                UnitPreferences.METRIC), ChartId.RACE_PREDICTION)).contains("for runs only");
    }

    @Test
    void vdotPredictionInvertsDanielsFormula() {
        // TRAINING-RULES.md: 5 km in 20:00 is VDOT 49.8; back again, VDOT 49.8 over 5 km is about 20:00.
        double vdot = RunningFormulas.vdot(Distance.kilometres(5), Duration.ofMinutes(20));
        assertThat(RacePrediction.vdotTime(vdot, Distance.kilometres(5)).toMillis()).isCloseTo(1_200_000L,
                within(10L));
        assertThat(RacePrediction.vdotTime(49.8, Distance.kilometres(5)).toSeconds()).isBetween(1195L, 1205L);
        // Riegel's worked number: 5 km in 25:00 gives 10 km in 52:07.
        assertThat(RacePrediction.riegel(Distance.kilometres(5), Duration.ofMinutes(25), Distance.kilometres(10))
                .toSeconds()).isEqualTo(52 * 60 + 7);
    }
}
