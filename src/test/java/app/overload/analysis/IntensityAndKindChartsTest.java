package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import org.junit.jupiter.api.Test;

class IntensityAndKindChartsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private static ChartSeries role(Chart chart, String role) {
        return chart.series().stream().filter(s -> s.role().equals(role)).findFirst().orElseThrow();
    }

    @Test
    void splitsEnduranceTimeIntoEasyGreyZoneAndHard() {
        // The tempo run (8 km in 32:00) is the best effort: VDOT 51.2, threshold ceiling 4:10 /km. The
        // purpose-less run at 4:30 /km is 1.08 × that pace: moderate, the grey zone. At 5:30 /km (1.32×) it is
        // easy. A swim without purpose has no pace to judge: not classified.
        List<EnduranceRow> rows = List.of(
                new EnduranceRow(MONDAY, Modality.RUN, Purpose.EASY_AEROBIC, 10_000.0, 3600, null),
                new EnduranceRow(MONDAY.plusDays(1), Modality.RUN, Purpose.TEMPO, 8_000.0, 1920, null),
                new EnduranceRow(MONDAY.plusDays(2), Modality.RUN, Purpose.INTERVALS, 9_000.0, 2700, null),
                new EnduranceRow(MONDAY.plusDays(3), Modality.RUN, null, 10_000.0, 2700, null),
                new EnduranceRow(MONDAY.plusDays(4), Modality.RUN, null, 10_000.0, 3300, null),
                new EnduranceRow(MONDAY.plusDays(5), Modality.SWIM, null, 1_500.0, 1800, null));

        Chart chart = ((ChartResult.Data) IntensityCharts.build(rows, TimeRange.FOUR_WEEKS, TODAY)).chart();

        assertThat(role(chart, "easy").points().get(0).value()).isEqualTo((3600 + 3300) / 3600.0);
        assertThat(role(chart, "moderate").points().get(0).value()).isEqualTo((1920 + 2700) / 3600.0);
        assertThat(role(chart, "hard").points().get(0).value()).isEqualTo(2700 / 3600.0);
        assertThat(role(chart, "unknown").points().get(0).value()).isEqualTo(0.5);
        assertThat(role(chart, "moderate").name()).isEqualTo("Moderate (grey zone)");
        assertThat(role(chart, "moderate").points().get(0).label())
                .isEqualTo("Week of 16 Nov 2026\nModerate (grey zone): 1 h 17 min · 32 % of classified time\n"
                        + "By purpose 32 min, by pace 45 min");
        // 6,900 s easy, 4,620 moderate, 2,700 hard: 49 / 32 / 19 %. Moderate is not the biggest share, but far
        // above the polarised 5 %.
        assertThat(chart.notes().get(0).tone()).isEqualTo(Tone.WARNING);
        assertThat(chart.notes().get(0).text()).startsWith("Easy 49 %, moderate (grey zone) 32 %, hard 19 %");
        assertThat(chart.notes().get(1).text()).startsWith("30 min not classified");
        assertThat(chart.notes().get(2).text()).startsWith("Told by purpose 2 h 17 min, by pace 1 h 40 min.");
    }

    @Test
    void greyZoneDominatingIsCalledOut() {
        List<EnduranceRow> rows = List.of(
                new EnduranceRow(MONDAY, Modality.RUN, Purpose.TEMPO, 8_000.0, 1920, null),
                new EnduranceRow(MONDAY.plusDays(2), Modality.RUN, Purpose.TEMPO, 8_000.0, 1900, null),
                new EnduranceRow(MONDAY.plusDays(4), Modality.RUN, Purpose.EASY_AEROBIC, 5_000.0, 1800, null));
        Chart chart = ((ChartResult.Data) IntensityCharts.build(rows, TimeRange.FOUR_WEEKS, TODAY)).chart();
        assertThat(chart.notes().get(0).tone()).isEqualTo(Tone.BAD);
        assertThat(chart.notes().get(0).text()).contains("The grey zone dominates");
    }

    @Test
    void noEnduranceWorkIsSaidPlainly() {
        assertThat(((ChartResult.Missing) IntensityCharts.build(List.of(), TimeRange.ALL, TODAY)).reason())
                .isEqualTo("No endurance work logged yet.");
    }

    @Test
    void countsTrainingAgainstWorkoutsPerWeek() {
        List<SessionRow> sessions = List.of(
                new SessionRow(MONDAY, true, Purpose.HEAVY_STRENGTH, 3600, 8.0),
                new SessionRow(MONDAY.plusDays(2), true, Purpose.TEMPO, 2400, 7.0),
                new SessionRow(MONDAY.plusDays(3), false, null, 2700, 6.0),
                new SessionRow(MONDAY.plusDays(5), true, Purpose.LONG_RUN, 5400, 5.0));

        List<ChartResult> results = KindCharts.build(sessions, TimeRange.FOUR_WEEKS, TODAY);

        Chart count = ((ChartResult.Data) results.get(0)).chart();
        assertThat(count.series()).extracting(ChartSeries::name).containsExactly("Training", "Workouts");
        assertThat(count.series().get(0).points().get(0).value()).isEqualTo(3);
        assertThat(count.series().get(1).points().get(0).value()).isEqualTo(1);
        assertThat(count.notes().get(0).text()).startsWith("3 training sessions (75 %) and 1 workout (25 %) in the "
                + "last 4 weeks.");
        Chart time = ((ChartResult.Data) results.get(1)).chart();
        assertThat(time.series().get(0).points().get(0).value()).isEqualTo((3600 + 2400 + 5400) / 3600.0);
        assertThat(time.series().get(1).points().get(0).label()).isEqualTo("Week of 16 Nov 2026\nWorkouts 45 min");
    }
}
