package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;

import app.overload.domain.SetKind;

/**
 * One logged set of one exercise, as the chart query reads it: just what the strength charts use.
 *
 * @param session   the session it belongs to (any id that is equal for sets of the same session)
 * @param kilograms load in kilograms
 * @param rpe       set RPE, or null when not logged
 */
public record LoggedSetRow(long session, LocalDate date, int reps, double kilograms, Double rpe, SetKind kind,
        boolean failed) {

    public LoggedSetRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    /** Counts toward volume: everything but warm-ups. */
    public boolean isWork() {
        return kind.isWork();
    }

    /** Says something about a max: a work set with at least one rep under a load. */
    public boolean estimatesMax() {
        return isWork() && reps >= 1 && kilograms > 0;
    }

    public double volumeKilograms() {
        return reps * kilograms;
    }
}
