package app.overload.exchange.fit;

import java.time.Duration;
import java.time.Instant;

/**
 * One session message: a whole activity, or one leg of a multisport one, with the totals the device worked out.
 * Null where the file has no value.
 *
 * @param end      the session message's own time stamp, when it ended
 * @param sport    the FIT sport number ({@link FitSport})
 * @param subSport the FIT sub-sport number
 * @param elapsed  clock time from start to end
 * @param timer    time the device was recording (pauses left out)
 * @param distance metres
 * @param ascent   metres climbed
 * @param speed    average, metres per second
 * @param firstLap where this session's laps begin in {@link FitActivity#laps()}, or null
 * @param lapCount how many laps it has, or null
 */
public record FitSession(Instant start, Instant end, Integer sport, Integer subSport, Duration elapsed,
        Duration timer, Double distance, Integer ascent, Integer averageHeartRate, Integer maxHeartRate,
        Double speed, Integer averageCadence, Integer averagePower, Integer calories, Integer firstLap, Integer lapCount) {

    /** Start plus elapsed time (or timer time), or null when either is unknown. */
    public Instant computedEnd() {
        Duration length = elapsed != null ? elapsed : timer;
        return start == null || length == null ? null : start.plus(length);
    }
}
