package app.overload.sample;

import java.time.Duration;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;

/**
 * What a chest strap would have recorded in a sample run or ride: a warm-up climbing to the working heart rate,
 * then the working rate with a few beats of spread; intervals swing between the reps and the jogs. Worked out from
 * the entry's average and time alone, without the dice, so the rest of the sample stays as it was.
 */
final class HeartRates {

    /** The warm-up: this share of the time, rising from 30 to 5 beats under the working rate. */
    private static final double WARM_UP = 0.08;
    private static final double SPREAD = 4;

    private HeartRates() {
    }

    /** {@code entry} with the recording of a steady effort, or of intervals, around its average. */
    static EnduranceEntry recorded(EnduranceEntry entry, boolean intervals) {
        if (entry.averageHeartRate() == null) {
            return entry;
        }
        HeartRateHistogram recording = intervals ? intervals(entry.averageHeartRate(), entry.duration())
                : steady(entry.averageHeartRate(), entry.duration());
        return entry.withHeartRate(Math.max(recording.highest(), entry.averageHeartRate()), recording);
    }

    static HeartRateHistogram steady(int average, Duration time) {
        double seconds = time.toSeconds();
        HeartRateHistogram.Builder builder = new HeartRateHistogram.Builder();
        double warmUp = seconds * WARM_UP;
        for (int beat = 30; beat > 5; beat--) {
            builder.add(average - beat, warmUp / 25);
        }
        // The warm-up averages 17.5 beats under; the rest sits a little over so the whole keeps its average.
        spread(builder, average + 17.5 * WARM_UP / (1 - WARM_UP), SPREAD, seconds - warmUp);
        return builder.build().orElseThrow();
    }

    /** Reps 12 beats over the average for 40 % of the time, jogs and warm-up 8 under for the rest. */
    static HeartRateHistogram intervals(int average, Duration time) {
        double seconds = time.toSeconds();
        HeartRateHistogram.Builder builder = new HeartRateHistogram.Builder();
        spread(builder, average + 12, SPREAD, seconds * 0.4);
        spread(builder, average - 8, SPREAD + 1, seconds * 0.6);
        return builder.build().orElseThrow();
    }

    /** {@code seconds} over the beats within three spreads of {@code centre}, in the shape of a normal curve. */
    private static void spread(HeartRateHistogram.Builder builder, double centre, double sd, double seconds) {
        int low = (int) Math.floor(centre - 3 * sd);
        int high = (int) Math.ceil(centre + 3 * sd);
        double[] weight = new double[high - low + 1];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            double z = (low + i - centre) / sd;
            weight[i] = Math.exp(-z * z / 2);
            total += weight[i];
        }
        for (int i = 0; i < weight.length; i++) {
            builder.add(low + i, seconds * weight[i] / total);
        }
    }
}
