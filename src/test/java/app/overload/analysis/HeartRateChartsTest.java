package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.AthleteSettings;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.TrimpCurve;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;

/**
 * Time in zones, the intensity distribution by heart rate and aerobic efficiency, for an athlete with LTHR 170:
 * zones 2–5 begin at 145, 153, 162 and 170 bpm; zones 1–2 are easy, 3–4 moderate, 5 hard.
 */
class HeartRateChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate TODAY = MONDAY.plusDays(6);
    private static final AthleteSettings ATHLETE = new AthleteSettings(190, 50, 170, null, null,
            LoadMeasure.SESSION_RPE, TrimpCurve.MEN);
    /** 20 min at 140 (Z1), 10 at 150 (Z2), 10 at 158 (Z3), 5 at 165 (Z4), 5 at 175 (Z5): 50 minutes. */
    private static final HeartRateHistogram INTERVALS = new HeartRateHistogram.Builder().add(140, 1200).add(150, 600)
            .add(158, 600).add(165, 300).add(175, 300).build().orElseThrow();

    private static List<EnduranceRow> week() {
        return List.of(
                new EnduranceRow(1, MONDAY, Modality.RUN, Purpose.INTERVALS, 10_000.0, 3000, 151, 178, INTERVALS),
                // Typed in: an average of 160 puts its whole hour in zone 3.
                new EnduranceRow(2, MONDAY.plusDays(2), Modality.RIDE, null, 30_000.0, 3600, 160, null, null),
                new EnduranceRow(3, MONDAY.plusDays(4), Modality.RUN, Purpose.EASY_AEROBIC, 8_000.0, 2400, null, null,
                        null));
    }

    private static Chart data(ChartResult r) {
        assertThat(r).as(r.toString()).isInstanceOf(ChartResult.Data.class);
        return ((ChartResult.Data) r).chart();
    }

    private static ChartSeries role(Chart chart, String role) {
        return chart.series().stream().filter(s -> s.role().equals(role)).findFirst().orElseThrow();
    }

    @Test
    void timeInZonesCountsARecordingBeatByBeatAndAnAverageWhole() {
        Chart zones = data(HeartRateCharts.zones(week(), ATHLETE, TimeRange.FOUR_WEEKS, TODAY));

        assertThat(zones.format()).isEqualTo(ValueFormat.HOURS);
        assertThat(zones.series()).extracting(ChartSeries::name).containsExactly("Zone 1 (below 145 bpm)",
                "Zone 2 (145–152 bpm)", "Zone 3 (153–161 bpm)", "Zone 4 (162–169 bpm)", "Zone 5 (from 170 bpm)");
        assertThat(role(zones, "zone-1").points().get(0).value()).isEqualTo(20 / 60.0);
        assertThat(role(zones, "zone-3").points().get(0).value()).isEqualTo((600 + 3600) / 3600.0);
        assertThat(role(zones, "zone-5").points().get(0).label()).isEqualTo("Week of 16 Nov 2026\nZone 5 (from 170 "
                + "bpm): 5 min · 5 % of the week's time with heart rate");
        assertThat(zones.notes()).extracting(Note::text).containsExactly(
                "Z1 18 %, Z2 9 %, Z3 64 %, Z4 5 %, Z5 5 % of 1 h 50 min. Zones by threshold heart rate (LTHR) 170 bpm.",
                "1 h of it from entries with only an average heart rate, each counted whole in the zone of its "
                        + "average.",
                "1 entry without heart rate left out.");
    }

    @Test
    void withoutAThresholdOrMaximumThereAreNoZonesToCountIn() {
        ChartResult r = HeartRateCharts.zones(week(), AthleteSettings.NONE, TimeRange.FOUR_WEEKS, TODAY);
        assertThat(((ChartResult.Missing) r).reason()).startsWith("Your zones come from your threshold or maximum");
    }

    @Test
    void theIntensityDistributionTellsByHeartRateFirstAndSaysSo() {
        Chart chart = data(IntensityCharts.build(week(), ATHLETE, TimeRange.FOUR_WEEKS, TODAY));

        // The intervals: 30 of 50 recorded minutes easy (Z1–2), 15 moderate (Z3–4), 5 hard (Z5), of its 50 minutes.
        // The ride: moderate by its average. The easy run: no heart rate, so by its purpose.
        assertThat(role(chart, "easy").points().get(0).value()).isCloseTo((1800 + 2400) / 3600.0, within(1e-9));
        assertThat(role(chart, "moderate").points().get(0).value()).isCloseTo((900 + 3600) / 3600.0, within(1e-9));
        assertThat(role(chart, "hard").points().get(0).value()).isCloseTo(300 / 3600.0, within(1e-9));
        assertThat(role(chart, "easy").points().get(0).label()).endsWith("\nBy heart rate 30 min, by purpose 40 min");
        assertThat(chart.notes()).extracting(Note::text).last().isEqualTo("Told by heart rate 1 h 50 min, by "
                + "purpose 40 min.");
    }

    @Test
    void aerobicEfficiencyIsDistancePerHeartbeatOfEasyRuns() {
        List<EnduranceRow> runs = List.of(
                easy(MONDAY.minusDays(14), 10_000, 3300, 145),
                easy(MONDAY.minusDays(7), 10_000, 3240, 143),
                // Tempo: not compared.
                new EnduranceRow(9, MONDAY.minusDays(5), Modality.RUN, Purpose.TEMPO, 8_000.0, 2000, 165, null, null),
                easy(MONDAY, 10_000, 3180, 140));
        Chart chart = data(EfficiencyCharts.build(runs, ATHLETE, TimeRange.FOUR_WEEKS, TODAY, UnitPreferences.METRIC));

        // 10 km in 55:00 at 145 bpm: 181.8 m/min ÷ 145 = 1.254 m per beat; then 1.294 and 1.348.
        assertThat(chart.series().get(0).points()).extracting(ChartPoint::value).satisfiesExactly(
                a -> assertThat(a).isCloseTo(1.2539, within(1e-4)),
                b -> assertThat(b).isCloseTo(1.2950, within(1e-4)),
                c -> assertThat(c).isCloseTo(1.3477, within(1e-4)));
        assertThat(chart.series().get(0).points().get(2).label())
                .endsWith("\n1.35 m per heartbeat\nMost efficient yet");
        assertThat(chart.notes().get(0).tone()).isEqualTo(Tone.GOOD);
        assertThat(chart.notes().get(0).text()).startsWith("Up 7 % from 2 Nov 2026 to 16 Nov 2026");

        Chart miles = data(EfficiencyCharts.build(runs, ATHLETE, TimeRange.FOUR_WEEKS, TODAY,
                UnitPreferences.IMPERIAL));
        assertThat(miles.axisLabel()).isEqualTo("Distance per heartbeat (yd)");
        assertThat(miles.series().get(0).points().get(0).value()).isCloseTo(1.2539 / 0.9144, within(1e-3));
    }

    @Test
    void aWorkoutRunWithoutPurposeIsEasyByItsZone() {
        EnduranceRow steady = new EnduranceRow(5, MONDAY, Modality.RUN, null, 10_000.0, 3300, 150, null, null);
        EnduranceRow hard = new EnduranceRow(6, MONDAY, Modality.RUN, null, 10_000.0, 2700, 172, null, null);
        assertThat(EfficiencyCharts.isEasyRun(steady, ATHLETE.heartRateZones().orElseThrow())).isTrue();
        assertThat(EfficiencyCharts.isEasyRun(hard, ATHLETE.heartRateZones().orElseThrow())).isFalse();
        assertThat(EfficiencyCharts.isEasyRun(steady, null)).isFalse();
    }

    private static EnduranceRow easy(LocalDate day, double metres, double seconds, int bpm) {
        return new EnduranceRow(1, day, Modality.RUN, Purpose.EASY_AEROBIC, metres, seconds, bpm, null, null);
    }
}
