package app.overload.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Distance covered over time: a run, ride, row or swim. Distance may be unknown (a treadmill run logged by time);
 * pace is derived, never stored, and a pace faster than the modality allows is refused as a typing error.
 *
 * @param distance            null when not known
 * @param averageHeartRate    beats per minute, or null
 * @param elevationGain       metres climbed, or null
 * @param maxHeartRate        the highest heart rate of the entry, beats per minute, or null
 * @param heartRateHistogram  seconds at each heart rate, as a recording (GPX, TCX, FIT) gives them, or null
 */
public record EnduranceEntry(Modality modality, Distance distance, Duration duration, Integer averageHeartRate,
        Distance elevationGain, List<Interval> intervals, String notes, Integer maxHeartRate,
        HeartRateHistogram heartRateHistogram) implements ActivityEntry {

    /** More climbing than any one-day event asks for. */
    public static final double MAX_ELEVATION_METRES = 20_000;

    public EnduranceEntry {
        Checks.required(modality, "modality");
        duration = Checks.positiveDuration(duration, "duration");
        if (averageHeartRate != null) {
            Checks.intInRange(averageHeartRate, 25, 250, "heart rate");
        }
        if (maxHeartRate != null) {
            Checks.intInRange(maxHeartRate, 25, 250, "max heart rate");
            if (averageHeartRate != null && maxHeartRate < averageHeartRate) {
                throw new InvalidValueException("max heart rate", "Max heart rate (" + maxHeartRate
                        + ") must be at least the average (" + averageHeartRate + ").");
            }
        }
        if (elevationGain != null && elevationGain.metres() > MAX_ELEVATION_METRES) {
            throw new InvalidValueException("elevation", "Elevation gain must be at most 20,000 m.");
        }
        intervals = Checks.list(intervals == null ? List.of() : intervals, "intervals");
        notes = Checks.notes(notes, "notes");
        checkPace(modality, distance, duration, UnitPreferences.METRIC::format);
    }

    /**
     * Refuses a distance in a time faster than anyone can cover it, the paces written by {@code format}: the domain
     * writes them in km, the log form in the user's units.
     */
    public static void checkPace(Modality modality, Distance distance, Duration duration,
            Function<Pace, String> format) {
        if (distance == null || distance.isZero()) {
            return;
        }
        modality.checkPlausible(Pace.of(distance, duration), "pace", format, "check the distance and the time");
    }

    /** An entry without a maximum heart rate or a recording of it: typed in, or from a file without points. */
    public EnduranceEntry(Modality modality, Distance distance, Duration duration, Integer averageHeartRate,
            Distance elevationGain, List<Interval> intervals, String notes) {
        this(modality, distance, duration, averageHeartRate, elevationGain, intervals, notes, null, null);
    }

    public static EnduranceEntry of(Modality modality, Distance distance, Duration duration) {
        return new EnduranceEntry(modality, distance, duration, null, null, List.of(), "");
    }

    /** This entry with a maximum heart rate and a recording (either may be null). */
    public EnduranceEntry withHeartRate(Integer max, HeartRateHistogram histogram) {
        return new EnduranceEntry(modality, distance, duration, averageHeartRate, elevationGain, intervals, notes, max,
                histogram);
    }

    /** Whether anything of the heart rate is known: an average, a maximum or a recording. */
    public boolean hasHeartRate() {
        return averageHeartRate != null || maxHeartRate != null || heartRateHistogram != null;
    }

    /** Average pace over the whole entry, when a distance is known. */
    public Optional<Pace> pace() {
        return distance == null || distance.isZero() ? Optional.empty() : Optional.of(Pace.of(distance, duration));
    }

    public Optional<Distance> distanceIfKnown() {
        return distance == null || distance.isZero() ? Optional.empty() : Optional.of(distance);
    }
}
