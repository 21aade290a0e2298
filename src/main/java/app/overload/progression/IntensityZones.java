package app.overload.progression;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.HeartRateZones;
import app.overload.domain.Intensity;
import app.overload.domain.Pace;
import app.overload.domain.Purpose;

/**
 * Puts endurance work into the three zones of a polarised view (Seiler): easy, moderate (the "grey zone" of
 * junk miles) and hard. Heart rate decides when the entry has one and the athlete's zones are known: a recording
 * beat by beat, else the whole entry in the zone of its average. Otherwise the session's purpose, otherwise pace
 * against threshold pace. Each answer says which of the three it used.
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

    /** What an entry was classified by. */
    public enum Method {
        HEART_RATE("heart rate"), PURPOSE("purpose"), PACE("pace");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An entry's time by intensity and how it was told.
     *
     * @param time milliseconds in easy, moderate and hard (indexed by {@link Intensity#ordinal()}), adding up to the
     *             entry's duration
     */
    public record Classified(Method method, long[] time) {
    }

    /**
     * The intensities of one entry, or null when nothing tells (no heart rate with known zones, no endurance
     * purpose, no pace with a known threshold).
     *
     * @param purpose   the training session's purpose, or null for a workout
     * @param zones     the athlete's heart-rate zones, or null when unknown
     * @param threshold the athlete's threshold pace, or null
     */
    public static Classified timeOf(EnduranceEntry entry, Purpose purpose, HeartRateZones zones, Pace threshold) {
        long millis = entry.duration().toMillis();
        if (zones != null && entry.heartRateHistogram() != null) {
            return new Classified(Method.HEART_RATE, split(entry.heartRateHistogram(), zones, millis));
        }
        if (zones != null && entry.averageHeartRate() != null) {
            return whole(Method.HEART_RATE, zones.intensity(zones.zoneOf(entry.averageHeartRate())), millis);
        }
        if (purpose != null && purpose.isEndurance()) {
            return whole(Method.PURPOSE, purpose.intensity(), millis);
        }
        if (threshold != null && entry.pace().isPresent()) {
            return whole(Method.PACE, byPace(entry.pace().get(), threshold), millis);
        }
        return null;
    }

    /**
     * The single zone of one entry as the engine's grey-zone insight reads it, or null when nothing tells: the
     * session's purpose when it has one; otherwise heart rate against the athlete's maximum, otherwise pace against
     * threshold pace.
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
            return byPace(entry.pace().get(), threshold);
        }
        return null;
    }

    /** Easy slower than 1.12 × threshold pace, hard at threshold pace or faster, moderate between. */
    public static Intensity byPace(Pace pace, Pace threshold) {
        double factor = pace.secondsPerKilometre() / threshold.secondsPerKilometre();
        return factor > EASY_PACE_FACTOR ? Intensity.EASY : factor > HARD_PACE_FACTOR ? Intensity.MODERATE
                : Intensity.HARD;
    }

    /** {@code millis} shared out in the proportions of the recording's seconds per intensity. */
    static long[] split(HeartRateHistogram recording, HeartRateZones zones, long millis) {
        long[] seconds = new long[Intensity.values().length];
        recording.forEach((bpm, s) -> seconds[zones.intensity(zones.zoneOf(bpm)).ordinal()] += s);
        long total = recording.totalSeconds();
        long[] time = new long[seconds.length];
        long given = 0;
        for (int i = 0; i < seconds.length; i++) {
            time[i] = Math.round((double) millis * seconds[i] / total);
            given += time[i];
        }
        // Rounding can leave a millisecond over or short: it goes to the largest share, so the parts add up.
        int largest = 0;
        for (int i = 1; i < seconds.length; i++) {
            largest = seconds[i] > seconds[largest] ? i : largest;
        }
        time[largest] += millis - given;
        return time;
    }

    private static Classified whole(Method method, Intensity intensity, long millis) {
        long[] time = new long[Intensity.values().length];
        time[intensity.ordinal()] = millis;
        return new Classified(method, time);
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
