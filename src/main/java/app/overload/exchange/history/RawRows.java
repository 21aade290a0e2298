package app.overload.exchange.history;

import java.time.Duration;

import app.overload.domain.DistanceUnit;
import app.overload.domain.MassUnit;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;

/**
 * Rows as read, before the weight unit is settled: the comma layout of Strong does not say its unit, so loads
 * are kept as written until the whole file has been seen.
 */
final class RawRows {

    private RawRows() {
    }

    /**
     * A lifted set.
     *
     * @param unit the unit the row names, or null for the file's unit
     */
    record RawSet(long line, double weight, MassUnit unit, int reps, boolean failed, Rpe rpe, SetKind kind,
            Duration restBefore) {
    }

    /**
     * A row with distance or time and no load: running, rowing, a plank held for time.
     *
     * @param distance in {@code unit}, or null
     * @param unit     the unit the row names, or null for the file's unit
     */
    record RawCardio(long line, String name, Double distance, DistanceUnit unit, Duration time, Rpe rpe,
            String notes) {
    }
}
