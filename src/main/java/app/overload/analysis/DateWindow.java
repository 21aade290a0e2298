package app.overload.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a chart covers, both included, and how to name them in a sentence ("in the last 4 weeks").
 */
public record DateWindow(LocalDate from, LocalDate to, String phrase) {

    public DateWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(phrase, "phrase");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A window ends before it starts: " + from + " to " + to + ".");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
