package app.overload.ui.blocks;

import java.time.LocalDate;

import app.overload.domain.Checks;
import app.overload.domain.InvalidValueException;
import app.overload.domain.TrainingBlock;
import app.overload.ui.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new block's dates as a form: the start, and either the length in weeks or the goal date; the other one is
 * worked out and shown, with what a template allows.
 */
public final class DateInputs {

    /** What the user gives to fix the block's end: its length, or its goal date. */
    public enum Length {
        WEEKS, GOAL_DATE
    }

    /** The dates read: the first day, the number of weeks and the goal date. */
    record Span(LocalDate start, int weeks, LocalDate end) {
    }

    private final Field start;
    private final Field weeks;
    private final Field goalDate;
    private final ObjectProperty<Length> length = new SimpleObjectProperty<>(this, "length", Length.WEEKS);
    private final StringProperty derived = new SimpleStringProperty(this, "derived", "");

    DateInputs(Runnable onChange) {
        start = new Field(onChange);
        weeks = new Field(onChange);
        goalDate = new Field(onChange);
        length.addListener((obs, old, now) -> onChange.run());
    }

    /**
     * The span, or null with the failing field's message set. A goal date may be the start day itself (a one-week
     * block) but not before it, and within {@link TrainingBlock#MAX_WEEKS} weeks of it; a length is 1 to 52 weeks.
     */
    Span read(Check check) {
        LocalDate first = check.field(start, () -> Parse.date(start.value(), "start date"));
        if (first == null) {
            return null;
        }
        if (length.get() == Length.WEEKS) {
            goalDate.setError("");
            Integer count = check.field(weeks, () -> Checks.intInRange(Parse.whole(weeks.value(), "weeks"), 1,
                    TrainingBlock.MAX_WEEKS, "weeks"));
            return count == null ? null : new Span(first, count, first.plusDays(count * 7L - 1));
        }
        weeks.setError("");
        LocalDate end = check.field(goalDate, () -> {
            LocalDate d = Parse.date(goalDate.value(), "goal date");
            if (d.isBefore(first)) {
                throw new InvalidValueException("goal date", "Goal date must not be before the start date.");
            }
            int count = TrainingBlock.weeksBetween(first, d);
            if (count > TrainingBlock.MAX_WEEKS) {
                throw new InvalidValueException("goal date", "A block runs at most " + TrainingBlock.MAX_WEEKS
                        + " weeks; this goal date is " + count + " weeks after the start.");
            }
            return d;
        });
        return end == null ? null : new Span(first, TrainingBlock.weeksBetween(first, end), end);
    }

    /** The input a refusal of the length belongs to: weeks, or the goal date that set them. */
    Field lengthInput() {
        return length.get() == Length.WEEKS ? weeks : goalDate;
    }

    /** "Ends Sun 14 Feb." or "10 weeks.", then {@code note} (what a template allows). */
    void show(Span span, String note) {
        String suffix = note.isEmpty() ? "" : " " + note;
        if (span == null) {
            derived.set(note);
        } else if (length.get() == Length.WEEKS) {
            derived.set("Ends " + Texts.day(span.end()) + "." + suffix);
        } else {
            derived.set(span.weeks() + (span.weeks() == 1 ? " week." : " weeks.") + suffix);
        }
    }

    public Field start() {
        return start;
    }

    public Field weeks() {
        return weeks;
    }

    public Field goalDate() {
        return goalDate;
    }

    public ObjectProperty<Length> lengthProperty() {
        return length;
    }

    public StringProperty derivedProperty() {
        return derived;
    }
}
