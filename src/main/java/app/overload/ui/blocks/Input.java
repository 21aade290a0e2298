package app.overload.ui.blocks;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A text field of a blocks form: what was typed, the message shown beside it when it is not valid, and a hint. */
public final class Input {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");

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
        text.set(value == null ? "" : value);
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
