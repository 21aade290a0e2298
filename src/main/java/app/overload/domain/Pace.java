package app.overload.domain;

import java.time.Duration;

/**
 * Time per kilometre. Pace is what runners think in; {@link #kilometresPerHour()} gives speed for rides.
 * Refuses zero, negative and non-finite values; plausibility for a given modality lives in {@link Modality}.
 */
public record Pace(double secondsPerKilometre) implements Comparable<Pace> {

    /** Slower than this is not moving (100 hours per kilometre). */
    public static final double MAX_SECONDS_PER_KM = 360_000;

    public Pace {
        if (!Double.isFinite(secondsPerKilometre) || secondsPerKilometre <= 0) {
            throw new InvalidValueException("pace", "Pace must be a positive time per distance.");
        }
        if (secondsPerKilometre > MAX_SECONDS_PER_KM) {
            throw new InvalidValueException("pace", "Pace is too slow to be movement.");
        }
    }

    public static Pace perKilometre(Duration time) {
        return new Pace(time.toNanos() / 1e9);
    }

    public static Pace perMile(Duration time) {
        return new Pace(time.toNanos() / 1e9 / (Distance.METRES_PER_MILE / 1000));
    }

    public static Pace per(Duration time, DistanceUnit unit) {
        return new Pace(time.toNanos() / 1e9 * 1000 / unit.metres());
    }

    /** The average pace of covering {@code distance} in {@code time}; distance must be positive. */
    public static Pace of(Distance distance, Duration time) {
        if (distance.isZero()) {
            throw new InvalidValueException("distance", "Pace needs a distance longer than zero.");
        }
        return new Pace(time.toNanos() / 1e9 / distance.kilometres());
    }

    public static Pace fromSpeed(double kilometresPerHour) {
        if (!Double.isFinite(kilometresPerHour) || kilometresPerHour <= 0) {
            throw new InvalidValueException("speed", "Speed must be positive.");
        }
        return new Pace(3600 / kilometresPerHour);
    }

    /** Seconds to cover one of {@code unit} at this pace. */
    public double secondsPer(DistanceUnit unit) {
        return secondsPerKilometre * unit.metres() / 1000;
    }

    public Duration per(DistanceUnit unit) {
        return Duration.ofMillis(Math.round(secondsPer(unit) * 1000));
    }

    public double kilometresPerHour() {
        return 3600 / secondsPerKilometre;
    }

    /** Time to cover {@code distance} at this pace. */
    public Duration timeFor(Distance distance) {
        return Duration.ofMillis(Math.round(secondsPerKilometre * distance.kilometres() * 1000));
    }

    /** Distance covered in {@code time} at this pace. */
    public Distance distanceIn(Duration time) {
        return Distance.kilometres(time.toNanos() / 1e9 / secondsPerKilometre);
    }

    /** A faster pace: {@code fraction} 0.03 takes 3 % off the time per kilometre. */
    public Pace faster(double fraction) {
        return new Pace(secondsPerKilometre * (1 - fraction));
    }

    public boolean isFasterThan(Pace other) {
        return secondsPerKilometre < other.secondsPerKilometre;
    }

    @Override
    public int compareTo(Pace other) {
        return Double.compare(secondsPerKilometre, other.secondsPerKilometre);
    }
}
