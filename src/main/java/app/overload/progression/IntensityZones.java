package app.overload.progression;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Intensity;
import app.overload.domain.Pace;
import app.overload.domain.Purpose;

/**
 * Puts endurance work into the three zones of a polarised view (Seiler): easy, moderate (the "grey zone" of
 * junk miles) and hard. The session's purpose decides when it has one; otherwise heart rate against the athlete's
 * maximum, otherwise pace against threshold pace.
 */
public final class IntensityZones {

    /** Above this share of maximum heart rate work is no longer easy (about the first lactate threshold). */
    static final double EASY_HEART_RATE = 0.82;
    /** Above this share it is hard (about the second threshold). */
    static final double HARD_HEART_RATE = 0.89;
    /** Slower than threshold pace by more than this factor is easy. */
    static final double EASY_PACE_FACTOR = 1.12;
    /** Faster than threshold pace by this factor or more is hard. */
    static final double HARD_PACE_FACTOR = 1.0;

    private IntensityZones() {
    }

    /**
     * The zone of one entry, or null when nothing tells (no purpose, no heart rate with a known maximum, no pace
     * with a known threshold).
     *
     * @param purpose       the training session's purpose, or null for a workout
     * @param maxHeartRate  the athlete's maximum heart rate, or null
     * @param threshold     the athlete's threshold pace, or null
     */
    public static Intensity classify(EnduranceEntry entry, Purpose purpose, Integer maxHeartRate, Pace threshold) {
        if (purpose != null && purpose.isEndurance()) {
            return purpose.intensity();
        }
        if (entry.averageHeartRate() != null && maxHeartRate != null && maxHeartRate > 0) {
            double share = entry.averageHeartRate() / (double) maxHeartRate;
            return share < EASY_HEART_RATE ? Intensity.EASY : share < HARD_HEART_RATE ? Intensity.MODERATE
                    : Intensity.HARD;
        }
        if (threshold != null && entry.pace().isPresent()) {
            double factor = entry.pace().get().secondsPerKilometre() / threshold.secondsPerKilometre();
            return factor > EASY_PACE_FACTOR ? Intensity.EASY : factor > HARD_PACE_FACTOR ? Intensity.MODERATE
                    : Intensity.HARD;
        }
        return null;
    }

    /** Time per zone, with the time nothing could classify. */
    public record Distribution(Map<Intensity, Duration> time, Duration unknown) {

        public Distribution {
            time = Map.copyOf(time);
        }

        public static Distribution empty() {
            Map<Intensity, Duration> zero = new EnumMap<>(Intensity.class);
            for (Intensity i : Intensity.values()) {
                zero.put(i, Duration.ZERO);
            }
            return new Distribution(zero, Duration.ZERO);
        }

        public Distribution plus(Intensity intensity, Duration duration) {
            if (intensity == null) {
                return new Distribution(time, unknown.plus(duration));
            }
            Map<Intensity, Duration> next = new EnumMap<>(time);
            next.merge(intensity, duration, Duration::plus);
            return new Distribution(next, unknown);
        }

        public Duration classified() {
            return time.values().stream().reduce(Duration.ZERO, Duration::plus);
        }

        /** Share of classified time in {@code intensity}, 0–1; 0 when nothing is classified. */
        public double share(Intensity intensity) {
            long total = classified().toSeconds();
            return total == 0 ? 0 : time.get(intensity).toSeconds() / (double) total;
        }

        /** The grey-zone warning: moderate work is the biggest share. */
        public boolean moderateDominates() {
            double moderate = share(Intensity.MODERATE);
            return moderate > share(Intensity.EASY) && moderate > share(Intensity.HARD);
        }
    }
}
