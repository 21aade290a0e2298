package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.Mass;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exercise charts on small histories worked by hand. Today is Monday 23 Nov 2026. */
class StrengthChartsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final ExerciseSubject SUBJECT = new ExerciseSubject(SQUAT, "Back squat", 10, TODAY);

    private final List<LoggedSetRow> rows = new ArrayList<>();
    private long session;

    private StrengthChartsTest add(LocalDate day, LoggedSetRow... sets) {
        session++;
        for (LoggedSetRow s : sets) {
            rows.add(new LoggedSetRow(session, day, s.reps(), s.kilograms(), s.rpe(), s.kind(), s.failed()));
        }
        return this;
    }

    private static LoggedSetRow work(int reps, double kg) {
        return new LoggedSetRow(0, TODAY, reps, kg, null, SetKind.WORKING, false);
    }

    private static LoggedSetRow warmUp(int reps, double kg) {
        return new LoggedSetRow(0, TODAY, reps, kg, null, SetKind.WARM_UP, false);
    }

    private List<ChartResult> charts(TimeRange range, List<GoalRow> goals, UnitPreferences units) {
        return StrengthCharts.build(SUBJECT, rows, goals, range, TODAY, units);
    }

    private Chart chart(ChartId id, List<GoalRow> goals) {
        ChartResult result = charts(TimeRange.TWELVE_WEEKS, goals, UnitPreferences.METRIC).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(result).isInstanceOf(ChartResult.Data.class);
        return ((ChartResult.Data) result).chart();
    }

    private static ChartSeries series(Chart chart, String role) {
        return chart.series().stream().filter(s -> s.role().equals(role)).findFirst().orElseThrow();
    }

    private static String missing(List<ChartResult> results, ChartId id) {
        ChartResult result = results.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(result).isInstanceOf(ChartResult.Missing.class);
        return ((ChartResult.Missing) result).reason();
    }

    @Test
    void estimatesOneRepMaxByEpleyFromTheBestWorkingSet() {
        // 100 kg × 5: 100 × (1 + 5/30) = 116.67 kg; the 60 kg warm-up is ignored.
        add(TODAY.minusDays(2), warmUp(5, 60), work(5, 100), work(5, 100), work(4, 100));

        Chart chart = chart(ChartId.ESTIMATED_MAX, List.of());

        ChartPoint e1rm = series(chart, "e1rm").points().get(0);
        assertThat(e1rm.value()).isCloseTo(116.67, within(0.01));
        assertThat(e1rm.label()).isEqualTo("Sat 21 Nov 2026\nEstimated 1RM 116.7 kg from 100 kg × 5 (Epley)");
        assertThat(series(chart, "best-set").points().get(0).value()).isEqualTo(100);
        assertThat(series(chart, "best-set").points().get(0).label())
                .endsWith("Best set 100 kg × 5 · 3 working sets");
    }

    @Test
    void usesTheRpeTableWhereTheSetsRpeWasLogged() {
        // 5 reps @ RPE 8: x = 2 + 4 = 6, %1RM = −2.64249 × 6 + 97.0955 = 81.2406, so 100 kg gives 123.09 kg.
        add(TODAY.minusDays(1), new LoggedSetRow(0, TODAY, 5, 100, 8.0, SetKind.WORKING, false));
        ChartPoint e1rm = series(chart(ChartId.ESTIMATED_MAX, List.of()), "e1rm").points().get(0);
        assertThat(e1rm.value()).isCloseTo(123.09, within(0.01));
        assertThat(e1rm.label()).endsWith("from 100 kg × 5 @ RPE 8");
    }

    @Test
    void marksPersonalRecordsOverTheWholeHistory() {
        add(TODAY.minusWeeks(30), work(5, 110)); // 128.3, long before the 12 weeks
        add(TODAY.minusWeeks(4), work(5, 100)); // 116.7
        add(TODAY.minusWeeks(3), work(5, 102.5)); // 119.6
        add(TODAY.minusWeeks(2), work(5, 112.5)); // 131.3: a record of all time
        add(TODAY.minusWeeks(1), work(5, 110)); // 128.3

        Chart chart = chart(ChartId.ESTIMATED_MAX, List.of());

        assertThat(series(chart, "e1rm").points()).extracting(ChartPoint::record)
                .containsExactly(false, false, true, false);
        assertThat(chart.notes()).extracting(Note::text).contains("1 personal record in the last 12 weeks (starred).");
    }

    @Test
    void addsUpWeeklyVolumeOfWorkingSetsOnly() {
        add(LocalDate.of(2026, 11, 16), warmUp(5, 60), work(5, 100), work(5, 100), work(5, 100)); // 1,500
        add(LocalDate.of(2026, 11, 19), work(5, 102.5), work(5, 102.5), work(5, 102.5)); // 1,537.5
        add(LocalDate.of(2026, 11, 23), work(5, 105)); // 525, next week

        Chart chart = chart(ChartId.VOLUME, List.of());

        assertThat(chart.title()).isEqualTo("Volume per week");
        assertThat(chart.series().get(0).points()).extracting(ChartPoint::value).containsExactly(3037.5, 525.0);
        assertThat(chart.series().get(0).points().get(0).label())
                .isEqualTo("Week of 16 Nov 2026\n3,038 kg in 6 working sets");
    }

    @Test
    void showsPoundsWhenTheUserReadsPounds() {
        add(TODAY.minusDays(1), work(1, 100));
        ChartResult result = charts(TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.IMPERIAL).get(0);
        Chart chart = ((ChartResult.Data) result).chart();
        assertThat(chart.axisLabel()).isEqualTo("Load (lb)");
        assertThat(chart.series().get(0).points().get(0).value()).isCloseTo(220.46, within(0.01));
    }

    @Test
    void projectsTheTrendOfTheLastSixWeeksToTheGoalDate() {
        // Singles (e1RM = load) of 100 to 105 kg a week apart end today: slope 1 kg a week. The goal date is four
        // weeks on, so the trend reaches 105 + 4 = 109 kg there.
        for (int week = 5; week >= 0; week--) {
            add(TODAY.minusWeeks(week), work(1, 105 - week));
        }
        LocalDate goalDate = TODAY.plusWeeks(4);

        Chart behind = chart(ChartId.ESTIMATED_MAX, List.of(goal(new EstimatedMaxGoal(SQUAT, Mass.kilograms(110)),
                goalDate)));
        assertThat(behind.notes()).extracting(Note::tone, Note::text).contains(Tuple.tuple(
                Tone.BAD,
                "Behind by 1 kg: the trend of the last 6 weeks reaches 109 kg by 21 Dec 2026 (goal 110 kg)."));
        ChartSeries trend = series(behind, "trend");
        assertThat(trend.style()).isEqualTo(ChartSeries.Style.DASHED);
        assertThat(trend.points().get(1).date()).isEqualTo(goalDate);
        assertThat(trend.points().get(1).value()).isCloseTo(109, within(1e-9));
        assertThat(behind.to()).isEqualTo(goalDate);
        assertThat(behind.marks()).contains(new Mark.Guide(110, "Goal: Back squat e1RM 110 kg by 21 Dec 2026",
                "goal"));

        Chart onTrack = chart(ChartId.ESTIMATED_MAX, List.of(goal(new EstimatedMaxGoal(SQUAT, Mass.kilograms(108)),
                goalDate)));
        assertThat(onTrack.notes()).extracting(Note::text).anyMatch(t -> t.startsWith("On track: the trend"));

        Chart reached = chart(ChartId.ESTIMATED_MAX, List.of(goal(new EstimatedMaxGoal(SQUAT, Mass.kilograms(104)),
                goalDate)));
        assertThat(reached.notes()).extracting(Note::text)
                .contains("Goal reached: e1RM 105 kg on 23 Nov 2026 (goal 104 kg by 21 Dec 2026).");
    }

    @Test
    void aLoadTimesRepsGoalIsDrawnAsTheMaxItImplies() {
        add(TODAY.minusDays(3), work(5, 95)); // 110.8 kg, short of the goal's 116.7
        Chart chart = chart(ChartId.ESTIMATED_MAX, List.of(goal(new StrengthGoal(SQUAT, Mass.kilograms(100), 5),
                TODAY.plusWeeks(2))));
        Mark.Guide guide = (Mark.Guide) chart.marks().stream().filter(Mark.Guide.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(guide.value()).isCloseTo(116.67, within(0.01));
        assertThat(guide.label()).isEqualTo("Goal: Back squat 100 kg × 5 by 7 Dec 2026 (e1RM ≈ 116.7 kg)");
        assertThat(chart.notes()).extracting(Note::text).anyMatch(t -> t.startsWith("Too few sessions"));
    }

    @ParameterizedTest(name = "in {0}: goal line at {1}, \"{2}\", best set \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            METRIC   | 140      | Goal: Back squat 120 kg × 5 by 7 Dec 2026 (e1RM ≈ 140 kg)    | Best set 95 kg × 5
            IMPERIAL | 309.1667 | Goal: Back squat 265 lb × 5 by 7 Dec 2026 (e1RM ≈ 309.2 lb)  | Best set 209.4 lb × 5
            """)
    void theGoalLineSitsAtTheGoalAsReadAndTheSetsAsLogged(String system, double line, String label, String best) {
        UnitPreferences units = system.equals("METRIC") ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        add(TODAY.minusDays(3), work(5, 95));
        Chart chart = ((ChartResult.Data) charts(TimeRange.TWELVE_WEEKS, List.of(goal(new StrengthGoal(SQUAT,
                Mass.kilograms(120), 5), TODAY.plusWeeks(2))), units).get(0)).chart();

        // 120 kg reads 265 lb, and the line is the e1RM of 265 lb × 5, not of 264.55 lb × 5.
        Mark.Guide guide = (Mark.Guide) chart.marks().stream().filter(Mark.Guide.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(guide.value()).isCloseTo(line, within(0.001));
        assertThat(guide.label()).isEqualTo(label);
        assertThat(chart.series().get(1).points().get(0).label()).endsWith(best + " · 1 working set");
    }

    @Test
    void saysWhenThereIsNothingAtAll() {
        List<ChartResult> results = charts(TimeRange.ALL, List.of(), UnitPreferences.METRIC);
        assertThat(missing(results, ChartId.ESTIMATED_MAX)).isEqualTo("No sets of Back squat logged yet.");
        assertThat(missing(results, ChartId.VOLUME)).isEqualTo("No sets of Back squat logged yet.");
    }

    @Test
    void saysWhenTheLastSessionWasBeforeTheRange() {
        add(LocalDate.of(2026, 6, 2), work(5, 100));
        List<ChartResult> results = charts(TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC);
        assertThat(missing(results, ChartId.ESTIMATED_MAX))
                .isEqualTo("No Back squat sessions in the last 4 weeks; the last was on 2 Jun 2026.");
    }

    @Test
    void onlyWarmUpsGiveNoEstimateAndNoVolume() {
        add(TODAY.minusDays(2), warmUp(5, 40), warmUp(3, 60));
        List<ChartResult> results = charts(TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC);
        assertThat(missing(results, ChartId.ESTIMATED_MAX))
                .isEqualTo("Only warm-up sets of Back squat in the last 4 weeks: an estimate needs working sets.");
        assertThat(missing(results, ChartId.VOLUME)).startsWith("Only warm-up sets");
    }

    @Test
    void bodyWeightSetsHaveNoLoadToEstimateFrom() {
        add(TODAY.minusDays(2), work(10, 0), work(8, 0));
        assertThat(missing(charts(TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC), ChartId.ESTIMATED_MAX))
                .isEqualTo("Back squat was done without load (body weight) in the last 4 weeks, so there is no load "
                        + "to estimate a max from.");
    }

    @Test
    void setsFailedWithoutARepSayJustThat() {
        add(TODAY.minusDays(2), new LoggedSetRow(0, TODAY, 0, 140, null, SetKind.WORKING, true));
        assertThat(missing(charts(TimeRange.FOUR_WEEKS, List.of(), UnitPreferences.METRIC), ChartId.ESTIMATED_MAX))
                .isEqualTo("Every working set of Back squat in the last 4 weeks was failed without a completed rep, "
                        + "so there is nothing to estimate a max from.");
    }

    @Test
    void oneSessionIsAChartWithOnePoint() {
        add(TODAY, work(3, 120));
        Chart chart = chart(ChartId.ESTIMATED_MAX, List.of());
        assertThat(series(chart, "e1rm").points()).hasSize(1);
        assertThat(chart.notes()).isEmpty();
    }

    @Test
    void monthsWithoutTheExerciseAreShadedAsAGap() {
        add(LocalDate.of(2026, 1, 5), work(5, 100));
        add(LocalDate.of(2026, 6, 1), work(5, 100));
        Chart chart = ((ChartResult.Data) charts(TimeRange.ONE_YEAR, List.of(), UnitPreferences.METRIC).get(0)).chart();
        assertThat(chart.marks()).contains(new Mark.Gap(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 5, 31)));
    }

    private static GoalRow goal(Goal goal, LocalDate goalDate) {
        return new GoalRow("Squat block", goal, goalDate.minusWeeks(8).plusDays(1), goalDate);
    }
}
