package app.overload.ui.log;

import java.util.Map;
import java.util.function.Supplier;

import app.overload.domain.InvalidValueException;
import app.overload.ui.Field;

/**
 * One pass over the form: parses fields, puts each refusal's message at the field it names, and remembers whether
 * anything was refused. The rules themselves are the domain's ({@link InvalidValueException}); this only routes
 * the messages.
 */
final class Validation {

    private boolean valid = true;
    private String firstProblem = "";

    boolean valid() {
        return valid;
    }

    /** The first message of the pass, for the summary line ("not ready to save: …"). */
    String firstProblem() {
        return firstProblem;
    }

    /** Marks the pass invalid without a field to show it at (the field already shows its own message). */
    void fail() {
        valid = false;
    }

    void fail(String message) {
        note(message);
        valid = false;
    }

    private void note(String message) {
        if (firstProblem.isEmpty() && message != null) {
            firstProblem = message;
        }
    }

    /** Parses one field; its message is cleared on success and set on failure, which yields null. */
    <T> T field(Field field, Supplier<T> parse) {
        try {
            T value = parse.get();
            field.setError("");
            return value;
        } catch (InvalidValueException e) {
            field.setError(e.getMessage());
            note(e.getMessage());
            valid = false;
            return null;
        }
    }

    /**
     * Builds a domain value whose constructor checks several fields at once; a refusal goes to the field it names
     * in {@code fields} (by the exception's field name), else to {@code fallback}.
     */
    <T> T build(Supplier<T> construct, Map<String, Field> fields, Field fallback) {
        try {
            return construct.get();
        } catch (InvalidValueException e) {
            Field target = fields.getOrDefault(e.field(), fallback);
            if (target != null) {
                target.setError(e.getMessage());
            }
            note(e.getMessage());
            valid = false;
            return null;
        }
    }
}
