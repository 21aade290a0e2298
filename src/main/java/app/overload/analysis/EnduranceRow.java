package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;

import app.overload.domain.HeartRateHistogram;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;

/**
 * One endurance entry as the chart query reads it.
 *
 * @param session      the row id of its session, so heart-rate loads add up per session; 0 when not known
 * @param purpose      the training session's purpose, or null for a workout
 * @param metres       distance, or null when only the time was logged
 * @param seconds      duration of the entry
 * @param heartRate    average heart rate, or null
 * @param maxHeartRate highest heart rate, or null
 * @param recording    seconds at each heart rate, or null
 */
public record EnduranceRow(long session, LocalDate date, Modality modality, Purpose purpose, Double metres,
        double seconds, Integer heartRate, Integer maxHeartRate, HeartRateHistogram recording) {

    public EnduranceRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(modality, "modality");
    }

    /** An entry without a session, a maximum or a recording. */
    public EnduranceRow(LocalDate date, Modality modality, Purpose purpose, Double metres, double seconds,
            Integer heartRate) {
        this(0, date, modality, purpose, metres, seconds, heartRate, null, null);
    }

    public boolean hasDistance() {
        return metres != null && metres > 0;
    }

    /** Seconds per kilometre; only meaningful when {@link #hasDistance()}. */
    public double secondsPerKilometre() {
        return seconds / (metres / 1000);
    }

    /** The average heart rate as logged, else as the recording gives it; null when neither is known. */
    public Integer averageHeartRate() {
        return heartRate != null ? heartRate : recording != null ? recording.average() : null;
    }
}
