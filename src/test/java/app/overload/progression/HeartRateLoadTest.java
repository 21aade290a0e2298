package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.overload.domain.AthleteSettings;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.LoadMeasure;
import app.overload.domain.TrimpCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Banister's TRIMP and hrTSS with the worked numbers of docs/charts.md: resting 50, maximum 190, threshold 170.
 * x = (HR − 50) ÷ 140; TRIMP = minutes × x × 0.64 e^(1.92 x) (men), × 0.86 e^(1.67 x) (women).
 */
class HeartRateLoadTest {

    @ParameterizedTest(name = "{0} min at {1} bpm, {2}: TRIMP {3}, hrTSS {4}")
    @CsvSource(textBlock = """
            60, 150, MEN,   108.10,  63.34
            60, 170, MEN,   170.65, 100.00
            30, 130, MEN,    32.87,  19.26
            60, 150, WOMEN, 121.50,  65.65
            60, 190, MEN,   261.92, 153.49
            60, 200, MEN,   261.92, 153.49
            60,  45, MEN,     0.00,   0.00
            """)
    void trimpAndHrTssOfASteadyEffort(double minutes, int bpm, TrimpCurve curve, double trimp, double hrTss) {
        double t = HeartRateLoad.trimp(minutes, bpm, 50, 190, curve);
        assertThat(t).isCloseTo(trimp, within(0.01));
        assertThat(HeartRateLoad.hrTss(t, 50, 190, 170, curve)).isCloseTo(hrTss, within(0.01));
    }

    @Test
    void aRecordingWeighsEachHeartRateOnItsOwnSoSwingsCountMoreThanTheirAverage() {
        // 30 min at 140 and 30 min at 160 average 150, yet weigh 110.60 against the steady hour's 108.10.
        HeartRateHistogram swings = new HeartRateHistogram.Builder().add(140, 1800).add(160, 1800).build()
                .orElseThrow();
        assertThat(HeartRateLoad.trimp(swings, 50, 190, TrimpCurve.MEN)).isCloseTo(110.60, within(0.01));
    }

    @Test
    void anEntrysLoadNeedsItsHeartRateAndTheAthletesHeartRates() {
        AthleteSettings full = new AthleteSettings(190, 50, 170, null, null, LoadMeasure.HR_TSS, TrimpCurve.MEN);
        assertThat(HeartRateLoad.of(3600, 150, null, full, LoadMeasure.HR_TSS).getAsDouble())
                .isCloseTo(63.34, within(0.01));
        assertThat(HeartRateLoad.of(3600, 150, null, full, LoadMeasure.TRIMP).getAsDouble())
                .isCloseTo(108.10, within(0.01));
        assertThat(HeartRateLoad.of(3600, null, null, full, LoadMeasure.TRIMP)).isEmpty();
        assertThat(HeartRateLoad.of(3600, 150, null, full, LoadMeasure.SESSION_RPE)).isEmpty();
        AthleteSettings noThreshold = new AthleteSettings(190, 50, null, null, null, LoadMeasure.HR_TSS,
                TrimpCurve.MEN);
        assertThat(HeartRateLoad.of(3600, 150, null, noThreshold, LoadMeasure.HR_TSS)).isEmpty();
        assertThat(HeartRateLoad.of(3600, 150, null, noThreshold, LoadMeasure.TRIMP)).isPresent();
    }
}
