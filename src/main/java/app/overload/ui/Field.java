package app.overload.ui;

import java.util.Optional;

import app.overload.domain.Mass;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text field of a form (the log form, the blocks forms): what the user typed, the message shown beside it when it
 * is not valid, and a hint shown while it is empty. The text is kept exactly as typed, even when it is not valid, so
 * a draft brings back what was there; {@link #value()} is what parsing reads. Blank means empty or only spaces, in
 * every form: such a field is an entry left out, never a value of spaces.
 */
public final class Field {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    private Mass shownMass;
    private String shownText;

    public Field() {
    }

    public Field(Runnable onChange) {
        text.addListener((obs, old, now) -> onChange.run());
    }

    public StringProperty textProperty() {
        return text;
    }

    /** What was typed, as typed. */
    public String text() {
        return text.get() == null ? "" : text.get();
    }

    /** What was typed without the spaces around it: what a parser or a name reads. */
    public String value() {
        return text().strip();
    }

    public void set(String value) {
        shownMass = null;
        text.set(value == null ? "" : value);
    }

    /**
     * Shows {@code exact} as {@code text}, the load written for the user's unit. Until the text is edited, the
     * field stands for {@code exact}: a 95 kg plan shown as 210 lb and saved untouched stays 95 kg.
     */
    public void show(Mass exact, String text) {
        set(text);
        shownMass = exact;
        shownText = text();
    }

    /** The load the field was filled with by {@link #show}, while its text is as shown. */
    public Optional<Mass> shownMass() {
        return shownMass != null && text().equals(shownText) ? Optional.of(shownMass) : Optional.empty();
    }

    public boolean isBlank() {
        return text().isBlank();
    }

    /** Empty when the field is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /** Set by the form's validation; empty or null clears it. */
    public void setError(String message) {
        error.set(message == null ? "" : message);
    }

    /** Placeholder text, such as the prescribed RPE of a set whose load is left to the lifter. */
    public StringProperty hintProperty() {
        return hint;
    }
}
