package app.overload.domain;

import java.time.Duration;

/**
 * One set as it was done: reps completed, load, optional RPE, the rest taken before it, its kind, whether the
 * lifter failed to complete the reps aimed for, and for a loaded carry or hold the distance covered or the time
 * held (a farmer's walk with 40 kg over 40 m, a sled push over 20 m, a weighted plank held for 60 s).
 *
 * <p>Zero reps is only possible for a failed set or a set done over a distance or for a time. Only sets done for
 * reps alone are lifts ({@link #isLift}); the progression engine and the strength charts read only those.
 *
 * @param rpe         set RPE, or null when not logged
 * @param restBefore  rest taken before this set, or null when not timed
 * @param distance    the distance the load was carried, pushed or pulled, or null for a set done for reps
 * @param duration    how long the load was carried or held, or null for a set done for reps
 */
public record StrengthSet(int reps, Mass load, Rpe rpe, Duration restBefore, SetKind kind, boolean failed,
        Distance distance, Duration duration) {

    public static final int MAX_REPS = 1_000;

    public StrengthSet {
        Checks.intInRange(reps, failed || distance != null || duration != null ? 0 : 1, MAX_REPS, "reps");
        Checks.required(load, "load");
        Checks.required(kind, "set kind");
        if (restBefore != null) {
            restBefore = Checks.nonNegativeDuration(restBefore, "rest");
        }
        if (distance != null && distance.isZero()) {
            throw new InvalidValueException("distance", "The distance of a set must be longer than zero.");
        }
        if (duration != null) {
            duration = Checks.positiveDuration(duration, "set duration");
        }
    }

    /** A set done for reps, without distance or time. */
    public StrengthSet(int reps, Mass load, Rpe rpe, Duration restBefore, SetKind kind, boolean failed) {
        this(reps, load, rpe, restBefore, kind, failed, null, null);
    }

    /** A completed working set without RPE or rest. */
    public static StrengthSet working(int reps, Mass load) {
        return new StrengthSet(reps, load, null, null, SetKind.WORKING, false);
    }

    /**
     * A loaded carry or hold: a working set with no reps, over {@code distance} or for {@code duration} (at least
     * one of them).
     */
    public static StrengthSet carry(Mass load, Distance distance, Duration duration) {
        if (distance == null && duration == null) {
            throw new InvalidValueException("distance", "A carry or hold needs a distance or a time.");
        }
        return new StrengthSet(0, load, null, null, SetKind.WORKING, false, distance, duration);
    }

    public StrengthSet withRest(Duration rest) {
        return new StrengthSet(reps, load, rpe, rest, kind, failed, distance, duration);
    }

    public StrengthSet withRpe(Rpe value) {
        return new StrengthSet(reps, load, value, restBefore, kind, failed, distance, duration);
    }

    public StrengthSet asKind(SetKind value) {
        return new StrengthSet(reps, load, rpe, restBefore, value, failed, distance, duration);
    }

    public StrengthSet asFailed() {
        return new StrengthSet(reps, load, rpe, restBefore, kind, true, distance, duration);
    }

    /**
     * Whether this is a lifting attempt: a set done for reps, with no distance or time. A carry, push or hold is
     * not, even when reps were written beside it, because neither its reps nor its load say how strong a lift is.
     */
    public boolean isLift() {
        return distance == null && duration == null;
    }

    /** Reps × load in kilograms; what "volume" means on the charts. Carries and holds add nothing. */
    public double volumeKilograms() {
        return isLift() ? reps * load.kilograms() : 0;
    }
}
