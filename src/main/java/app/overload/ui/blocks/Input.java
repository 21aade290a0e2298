package app.overload.ui.blocks;

import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text field of a blocks form: what was typed, the message shown beside it when it is not valid, and a hint. A
 * load field remembers the exact load it was filled with, so a form saved without retyping it keeps that load
 * (95 kg shows as 210 lb in a pound logbook and stays 95 kg) instead of what its rounded text says.
 */
public final class Input {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    private Mass shownMass;
    private String shownText;

    public Input() {
    }

    public Input(Runnable onChange) {
        text.addListener((obs, old, now) -> onChange.run());
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get() == null ? "" : text.get().strip();
    }

    public void set(String value) {
        shownMass = null;
        text.set(value == null ? "" : value);
    }

    /** Shows {@code exact} as {@code text}, the load written for the user's unit. */
    void show(Mass exact, String text) {
        set(text);
        shownMass = exact;
        shownText = text();
    }

    /** The load in the field: the one it was filled with while its text is as shown, else the text read in a unit. */
    Mass mass(MassUnit unit, String field) {
        return shownMass != null && text().equals(shownText) ? shownMass : Parse.mass(text(), unit, field);
    }

    public boolean isBlank() {
        return text().isEmpty();
    }

    /** Empty while the field is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    /** The placeholder shown while the field is empty, such as the template's own value. */
    public StringProperty hintProperty() {
        return hint;
    }
}
