package app.overload.exchange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * Where a value sits in a block file, written the way people read it: {@code $.plan[3].prescriptions[0].reps}.
 * Immutable and cheap: each step points at its parent, so the mapping can hand one down to every value it reads.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonPath parent;
    private final String field;
    private final int index;

    private JsonPath(JsonPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    JsonPath field(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    JsonPath parent() {
        return parent == null ? this : parent;
    }

    boolean isRoot() {
        return parent == null;
    }

    /** The same place as a JSON Pointer, to find it again in the text. */
    JsonPointer pointer() {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonPath step : steps()) {
            pointer = step.field != null ? pointer.appendProperty(step.field) : pointer.appendIndex(step.index);
        }
        return pointer;
    }

    /** Builds a path from a parser's view of where it is (field names and array indexes from the root down). */
    static JsonPath of(Iterable<Object> steps) {
        JsonPath path = ROOT;
        for (Object step : steps) {
            path = step instanceof Integer i ? path.index(i) : path.field(String.valueOf(step));
        }
        return path;
    }

    private Deque<JsonPath> steps() {
        Deque<JsonPath> steps = new ArrayDeque<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) {
            steps.addFirst(p);
        }
        return steps;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("$");
        for (JsonPath step : steps()) {
            if (step.field == null) {
                text.append('[').append(step.index).append(']');
            } else if (PLAIN_NAME.matcher(step.field).matches()) {
                text.append('.').append(step.field);
            } else {
                text.append("['").append(shorten(step.field).replace("\\", "\\\\").replace("'", "\\'")).append("']");
            }
        }
        return text.toString();
    }

    /** Field names come from the file; a silly one must not make the message unreadable. */
    private static String shorten(String name) {
        String visible = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPath p && toString().equals(p.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
