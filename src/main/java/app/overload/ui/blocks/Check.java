package app.overload.ui.blocks;

import java.util.function.Supplier;

import app.overload.domain.InvalidValueException;
import app.overload.ui.Field;

/** Reads a form field by field: each refusal goes to its field's message, and the form is valid when none failed. */
final class Check {

    private boolean ok = true;
    private String first = "";

    /** The value read, or null when the domain refused it (the input then shows why). */
    <T> T field(Field input, Supplier<T> read) {
        try {
            T value = read.get();
            input.setError("");
            return value;
        } catch (InvalidValueException e) {
            input.setError(e.getMessage());
            fail(e.getMessage());
            return null;
        }
    }

    void fail(String message) {
        if (ok) {
            first = message;
        }
        ok = false;
    }

    boolean ok() {
        return ok;
    }

    /** The first problem met, for a summary line. */
    String first() {
        return first;
    }
}
