package app.overload.ui.log;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text field of the log form: what the user typed (kept as typed, even when it is not valid, so a draft brings
 * back exactly that), the message shown beside it when it is not valid, and a hint shown while it is empty.
 */
public final class Field {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");

    public Field(Runnable onChange) {
        text.addListener((obs, old, now) -> onChange.run());
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get() == null ? "" : text.get();
    }

    public void set(String value) {
        text.set(value == null ? "" : value);
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

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    /** Placeholder text, such as the prescribed RPE of a set whose load is left to the lifter. */
    public StringProperty hintProperty() {
        return hint;
    }
}
