package app.overload.domain;

import java.time.Duration;

/**
 * A repeated piece of work inside an endurance entry, such as 8 × 400 m in 1:35 with 200 m jog recoveries,
 * or one lap of a recorded activity. The work needs a distance, a duration, or both.
 */
public record Interval(int repeats, Distance workDistance, Duration workDuration, Distance recoveryDistance,
        Duration recoveryDuration) {

    public Interval {
        Checks.intInRange(repeats, 1, 200, "repeats");
        if (workDistance == null && workDuration == null) {
            throw new InvalidValueException("interval", "An interval needs a distance, a duration, or both.");
        }
        if (workDistance != null && workDistance.isZero() && workDuration == null) {
            throw new InvalidValueException("interval", "An interval needs a distance longer than zero.");
        }
        if (workDuration != null) {
            workDuration = Checks.positiveDuration(workDuration, "interval duration");
        }
        if (recoveryDuration != null) {
            recoveryDuration = Checks.nonNegativeDuration(recoveryDuration, "recovery");
        }
    }

    /** {@code repeats} × {@code distance} in {@code time}, with no recovery given. */
    public static Interval of(int repeats, Distance distance, Duration time) {
        return new Interval(repeats, distance, time, null, null);
    }
}
