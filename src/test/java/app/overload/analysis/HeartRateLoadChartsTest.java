package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.overload.domain.AthleteSettings;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.TrimpCurve;
import org.junit.jupiter.api.Test;

/**
 * Load in hrTSS for an athlete resting at 50, maxing at 190, threshold 170. Two weeks from Monday 2 Nov 2026: easy
 * runs of an hour at 150 bpm and RPE 4 on Monday, Wednesday and Friday (hrTSS 63.34 each, RPE × minutes 240: a ratio
 * of 0.2639), an hour of lifting at RPE 7 on Tuesday of week 1 (420, which counts 420 × 0.2639 = 110.85), and a
 * workout with neither heart rate nor RPE on Thursday of week 2.
 */
class HeartRateLoadChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = MONDAY.plusDays(13);
    private static final double RUN = 63.3429;
    private static final double RATIO = RUN / 240;

    private final List<SessionRow> sessions = new ArrayList<>();
    private final List<EnduranceRow> runs = new ArrayList<>();

    private void run(long id, LocalDate day) {
        sessions.add(new SessionRow(id, day, true, Purpose.EASY_AEROBIC, 3600, 4.0));
        runs.add(new EnduranceRow(id, day, Modality.RUN, Purpose.EASY_AEROBIC, 10_000.0, 3600, 150, 160, null));
    }

    private List<ChartResult> twoWeeks(LoadMeasure measure, Integer threshold) {
        long id = 1;
        for (int week = 0; week < 2; week++) {
            for (int day : new int[] {0, 2, 4}) {
                run(id++, MONDAY.plusWeeks(week).plusDays(day));
            }
        }
        sessions.add(new SessionRow(id++, MONDAY.plusDays(1), true, Purpose.HEAVY_STRENGTH, 3600, 7.0));
        sessions.add(new SessionRow(id, MONDAY.plusDays(10), false, null, 1800, null));
        sessions.sort(Comparator.comparing(SessionRow::date));
        AthleteSettings athlete = new AthleteSettings(190, 50, threshold, null, null, measure, TrimpCurve.MEN);
        return LoadCharts.build(sessions, runs, athlete, TimeRange.FOUR_WEEKS, TODAY);
    }

    private static Chart chart(List<ChartResult> results, ChartId id) {
        ChartResult r = results.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(r).as(r.toString()).isInstanceOf(ChartResult.Data.class);
        return ((ChartResult.Data) r).chart();
    }

    @Test
    void sessionsWithHeartRateCountTheirHrTssAndTheRestTheirRpeScaledByTheAthletesOwnRatio() {
        Chart load = chart(twoWeeks(LoadMeasure.HR_TSS, 170), ChartId.LOAD);

        assertThat(load.axisLabel()).isEqualTo("Load (hrTSS)");
        assertThat(load.series()).extracting(ChartSeries::name).containsExactly("From heart rate",
                "From RPE (no heart rate)");
        assertThat(load.series().get(0).points()).extracting(ChartPoint::value).satisfiesExactly(
                w1 -> assertThat(w1).isCloseTo(3 * RUN, within(0.01)),
                w2 -> assertThat(w2).isCloseTo(3 * RUN, within(0.01)));
        assertThat(load.series().get(1).points().get(0).value()).isCloseTo(420 * RATIO, within(0.01));
        assertThat(load.notes()).extracting(Note::text).containsExactly(
                "1 session without heart rate counts its RPE × minutes × 0.26, your own ratio of hrTSS to RPE × "
                        + "minutes over the 6 sessions that have both.",
                "1 session with neither heart rate nor RPE adds no load.",
                "Load is hrTSS: Banister's TRIMP scaled so an hour at your threshold heart rate is 100. Fitness, "
                        + "fatigue, form, the ratio, monotony and strain all follow it; choose the measure in Athlete "
                        + "settings.");
    }

    @Test
    void fitnessAndFatigueFollowTheChosenMeasure() {
        Chart pmc = chart(twoWeeks(LoadMeasure.HR_TSS, 170), ChartId.FITNESS_FATIGUE);
        assertThat(pmc.axisLabel()).isEqualTo("hrTSS per day");
        // Day 1 (a run of 63.34): fitness 63.34 / 42 = 1.508, fatigue 63.34 / 7 = 9.049.
        ChartPoint first = pmc.series().get(0).points().get(0);
        assertThat(first.date()).isEqualTo(MONDAY);
        assertThat(first.value()).isCloseTo(RUN / 42, within(0.001));
        assertThat(pmc.series().get(1).points().get(0).value()).isCloseTo(RUN / 7, within(0.001));
    }

    @Test
    void trimpNeedsNoThresholdAndWithFewerThanFivePairsRpeCountsAsItIs() {
        List<ChartResult> results = twoWeeks(LoadMeasure.TRIMP, null);
        Chart load = chart(results, ChartId.LOAD);
        assertThat(load.axisLabel()).isEqualTo("Load (TRIMP)");
        // Six pairs: a ratio of TRIMP 108.10 to 240.
        assertThat(load.series().get(1).points().get(0).value()).isCloseTo(420 * 108.0954 / 240, within(0.01));

        sessions.clear();
        runs.clear();
        sessions.add(new SessionRow(1, MONDAY, true, Purpose.EASY_AEROBIC, 3600, 4.0));
        runs.add(new EnduranceRow(1, MONDAY, Modality.RUN, null, 10_000.0, 3600, 150, null, null));
        sessions.add(new SessionRow(2, MONDAY.plusDays(1), true, Purpose.HEAVY_STRENGTH, 3600, 7.0));
        AthleteSettings athlete = new AthleteSettings(190, 50, null, null, null, LoadMeasure.TRIMP, TrimpCurve.MEN);
        Chart few = chart(LoadCharts.build(sessions, runs, athlete, TimeRange.FOUR_WEEKS, TODAY), ChartId.LOAD);
        assertThat(few.series().get(1).points().get(0).value()).isEqualTo(420.0);
        assertThat(few.notes().get(0).text()).isEqualTo("1 session without heart rate counts its RPE × minutes as it "
                + "is: fewer than 5 sessions have both a heart rate and an RPE to scale it to TRIMP by.");
    }

    @Test
    void aHeartRateMeasureWithoutItsHeartRatesFallsBackToRpeAndSaysWhy() {
        Chart load = chart(twoWeeks(LoadMeasure.HR_TSS, null), ChartId.LOAD);
        assertThat(load.axisLabel()).isEqualTo("Load (RPE × min)");
        assertThat(load.series().get(0).points().get(0).value()).isEqualTo(3 * 240 + 420.0);
        assertThat(load.notes()).extracting(Note::text).contains("hrTSS needs your threshold heart rate. Loads are "
                + "RPE × minutes until it is set in Athlete settings (Logbook menu, Ctrl+,).");
    }
}
