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
     * A set with a load: lifted for reps, or carried or held over a distance or for a time. Nothing in a Strong or
     * Hevy export says a set failed, so none read from them is a failed set.
     *
     * @param unit         the unit the row names, or null for the file's unit
     * @param distance     in {@code distanceUnit}, or null for a set without distance
     * @param distanceUnit the unit the row names, or null for the file's unit
     * @param time         how long the load was carried or held, or null
     */
    record RawSet(long line, double weight, MassUnit unit, int reps, Rpe rpe, SetKind kind, Duration restBefore,
            Double distance, DistanceUnit distanceUnit, Duration time) {

        RawSet withRest(Duration rest) {
            return new RawSet(line, weight, unit, reps, rpe, kind, rest, distance, distanceUnit, time);
        }
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

    /**
     * One row of a Strong or Hevy export with its values read, before it is filed as a set, a carry or cardio.
     *
     * @param setNumber    the set's number in its exercise, or null for a warm-up, drop or failure set letter
     * @param weightUnit   the unit the row names, or null for the file's unit
     * @param distanceUnit the unit the row names, or null for the file's unit
     */
    record RawRow(long line, String exercise, Integer setNumber, SetKind kind, Double weight, MassUnit weightUnit,
            Integer reps, Double distance, DistanceUnit distanceUnit, Duration time, Rpe rpe, String notes) {
    }
}
