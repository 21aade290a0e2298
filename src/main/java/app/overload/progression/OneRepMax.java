package app.overload.progression;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.Rpe;

/**
 * Estimated one-rep max and the RPE table (TRAINING-RULES.md): Epley, Brzycki, and the percentage of 1RM a number of
 * reps at an RPE corresponds to (Helms et al. 2016, as used by the OpenPowerlifting RPE calculator).
 */
public final class OneRepMax {

    /** Below this the table is not trusted: very high reps or very easy sets say little about a max. */
    public static final double FLOOR_PERCENT = 50;

    private OneRepMax() {
    }

    /** Epley: w × (1 + r / 30); a single is its own max. */
    public static Mass epley(Mass load, int reps) {
        requireReps(reps);
        return reps == 1 ? load : Mass.kilograms(bounded(load.kilograms() * (1 + reps / 30.0)));
    }

    /** Brzycki: w × 36 / (37 − r); defined for up to 36 reps. */
    public static Mass brzycki(Mass load, int reps) {
        requireReps(reps);
        if (reps > 36) {
            throw new InvalidValueException("reps", "Brzycki's formula holds for at most 36 reps (was " + reps + ").");
        }
        return Mass.kilograms(bounded(load.kilograms() * 36 / (37.0 - reps)));
    }

    /**
     * Percent of 1RM that {@code reps} at {@code rpe} represents. With x = (10 − RPE) + (reps − 1):
     * x ≤ 2.92 → 0.347619x² − 4.60714x + 99.9667, otherwise −2.64249x + 97.0955, never below 50 %.
     */
    public static double percentOfMax(int reps, Rpe rpe) {
        requireReps(reps);
        double x = (10 - rpe.value()) + (reps - 1);
        double percent = x <= 2.92 ? 0.347619 * x * x - 4.60714 * x + 99.9667 : -2.64249 * x + 97.0955;
        return Math.max(FLOOR_PERCENT, Math.min(100, percent));
    }

    /** The 1RM a set implies when its RPE is known: load ÷ percent of max. */
    public static Mass fromRpe(Mass load, int reps, Rpe rpe) {
        return Mass.kilograms(bounded(load.kilograms() * 100 / percentOfMax(reps, rpe)));
    }

    /** The load for {@code reps} at {@code rpe} given a 1RM, before rounding to plates. */
    public static Mass loadFor(Mass oneRepMax, int reps, Rpe rpe) {
        return Mass.kilograms(oneRepMax.kilograms() * percentOfMax(reps, rpe) / 100);
    }

    /** The best estimate a set gives: from its RPE where logged, else Epley. */
    public static Mass estimate(Mass load, int reps, Rpe rpe) {
        return rpe == null ? epley(load, reps) : fromRpe(load, reps, rpe);
    }

    private static void requireReps(int reps) {
        if (reps < 1) {
            throw new InvalidValueException("reps", "An estimate needs at least one completed rep.");
        }
    }

    /** Estimates from absurd logged values stay inside what a Mass can hold instead of failing. */
    private static double bounded(double kilograms) {
        return Math.min(kilograms, Mass.MAX_KILOGRAMS);
    }
}
