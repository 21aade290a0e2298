package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;

import app.overload.domain.Modality;
import app.overload.domain.Purpose;

/**
 * One endurance entry as the chart query reads it.
 *
 * @param purpose   the training session's purpose, or null for a workout
 * @param metres    distance, or null when only the time was logged
 * @param seconds   duration of the entry
 * @param heartRate average heart rate, or null
 */
public record EnduranceRow(LocalDate date, Modality modality, Purpose purpose, Double metres, double seconds,
        Integer heartRate) {

    public EnduranceRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(modality, "modality");
    }

    public boolean hasDistance() {
        return metres != null && metres > 0;
    }

    /** Seconds per kilometre; only meaningful when {@link #hasDistance()}. */
    public double secondsPerKilometre() {
        return seconds / (metres / 1000);
    }
}
