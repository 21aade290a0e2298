package app.overload.progression;

import java.util.OptionalDouble;

import app.overload.domain.AthleteSettings;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.LoadMeasure;
import app.overload.domain.TrimpCurve;

/**
 * Training load from heart rate (docs/charts.md has the formulas with worked numbers).
 * <ul>
 * <li>Banister's TRIMP: minutes × x × a·e^(b·x), where x = (HR − HRrest) ÷ (HRmax − HRrest), the fraction of
 *     heart-rate reserve, held between 0 and 1 (Banister 1991). From a recording, the sum of that over each heart
 *     rate's minutes, so intervals weigh more than a steady run of the same average.</li>
 * <li>hrTSS: TRIMP × 100 ÷ the TRIMP of one hour at LTHR, so an hour at threshold is 100, as in Coggan's TSS.</li>
 * </ul>
 */
public final class HeartRateLoad {

    private HeartRateLoad() {
    }

    /** TRIMP of {@code minutes} at {@code bpm}. */
    public static double trimp(double minutes, double bpm, int resting, int max, TrimpCurve curve) {
        double reserve = Math.max(0, Math.min(1, (bpm - resting) / (double) (max - resting)));
        return minutes * curve.weight(reserve);
    }

    /** TRIMP of a recording: each heart rate's minutes weighted on their own. */
    public static double trimp(HeartRateHistogram recording, int resting, int max, TrimpCurve curve) {
        double[] sum = {0};
        recording.forEach((bpm, seconds) -> sum[0] += trimp(seconds / 60.0, bpm, resting, max, curve));
        return sum[0];
    }

    /** {@code trimp} as hrTSS: × 100 ÷ the TRIMP of an hour at {@code threshold}. */
    public static double hrTss(double trimp, int resting, int max, int threshold, TrimpCurve curve) {
        return trimp * 100 / trimp(60, threshold, resting, max, curve);
    }

    /**
     * The load of an endurance entry in {@code measure}: from its recording when it has one, else from its average
     * over its whole duration. Empty when the entry has no heart rate, or {@code settings} lack what the measure
     * needs (or the measure is session RPE, which is no entry's).
     *
     * @param recording the entry's heart-rate recording, or null
     * @param average   its average heart rate, or null
     */
    public static OptionalDouble of(double seconds, Integer average, HeartRateHistogram recording,
            AthleteSettings settings, LoadMeasure measure) {
        if (!measure.fromHeartRate() || settings.missingFor(measure).isPresent()
                || (recording == null && average == null)) {
            return OptionalDouble.empty();
        }
        int resting = settings.restingHeartRate();
        int max = settings.maxHeartRate();
        TrimpCurve curve = settings.trimpCurve();
        double trimp = recording != null ? trimp(recording, resting, max, curve)
                : trimp(seconds / 60, average, resting, max, curve);
        return OptionalDouble.of(measure == LoadMeasure.TRIMP ? trimp
                : hrTss(trimp, resting, max, settings.thresholdHeartRate(), curve));
    }
}
