package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

import app.overload.domain.Purpose;

/**
 * One session as the chart query reads it: enough for load, recovery and the workout-versus-training picture.
 *
 * @param id      the session's row id, which its {@link EnduranceRow}s name; 0 when not known
 * @param purpose training purpose, or null for a workout
 * @param rpe     session RPE, or null when not logged
 */
public record SessionRow(long id, LocalDate date, boolean training, Purpose purpose, double seconds, Double rpe) {

    public SessionRow {
        Objects.requireNonNull(date, "date");
    }

    /** A session whose entries are not looked at. */
    public SessionRow(LocalDate date, boolean training, Purpose purpose, double seconds, Double rpe) {
        this(0, date, training, purpose, seconds, rpe);
    }

    /** Foster's session load, RPE × minutes, when the RPE is known. */
    public OptionalDouble load() {
        return rpe == null ? OptionalDouble.empty() : OptionalDouble.of(rpe * seconds / 60);
    }

    public double minutes() {
        return seconds / 60;
    }
}
