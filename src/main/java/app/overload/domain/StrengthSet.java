package app.overload.domain;

import java.time.Duration;

/**
 * One set as it was done: reps completed, load, optional RPE, the rest taken before it, its kind, and whether
 * the lifter failed to complete the reps aimed for. Zero reps is only possible for a failed set.
 *
 * @param rpe         set RPE, or null when not logged
 * @param restBefore  rest taken before this set, or null when not timed
 */
public record StrengthSet(int reps, Mass load, Rpe rpe, Duration restBefore, SetKind kind, boolean failed) {

    public static final int MAX_REPS = 1_000;

    public StrengthSet {
        Checks.intInRange(reps, failed ? 0 : 1, MAX_REPS, "reps");
        Checks.required(load, "load");
        Checks.required(kind, "set kind");
        if (restBefore != null) {
            restBefore = Checks.nonNegativeDuration(restBefore, "rest");
        }
    }

    /** A completed working set without RPE or rest. */
    public static StrengthSet working(int reps, Mass load) {
        return new StrengthSet(reps, load, null, null, SetKind.WORKING, false);
    }

    public StrengthSet withRest(Duration rest) {
        return new StrengthSet(reps, load, rpe, rest, kind, failed);
    }

    public StrengthSet withRpe(Rpe value) {
        return new StrengthSet(reps, load, value, restBefore, kind, failed);
    }

    public StrengthSet asKind(SetKind value) {
        return new StrengthSet(reps, load, rpe, restBefore, value, failed);
    }

    public StrengthSet asFailed() {
        return new StrengthSet(reps, load, rpe, restBefore, kind, true);
    }

    /** Reps × load in kilograms; what "volume" means on the charts. */
    public double volumeKilograms() {
        return reps * load.kilograms();
    }
}
