package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value on a chart's date axis, already in the user's units, with the exact text its tooltip shows.
 *
 * @param record true for a personal record, which charts mark and downsampling never drops
 */
public record ChartPoint(LocalDate date, double value, String label, boolean record) {

    public ChartPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A chart value must be finite (was " + value + " on " + date + ").");
        }
    }

    public static ChartPoint of(LocalDate date, double value, String label) {
        return new ChartPoint(date, value, label, false);
    }

    public ChartPoint withLabel(String text) {
        return new ChartPoint(date, value, text, record);
    }

    public ChartPoint asRecord(String recordLabel) {
        return new ChartPoint(date, value, label + "\n" + recordLabel, true);
    }

    /** The x coordinate: days since 1970-01-01. */
    public long day() {
        return date.toEpochDay();
    }
}
