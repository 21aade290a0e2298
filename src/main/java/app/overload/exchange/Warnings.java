package app.overload.exchange;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects what a reader noticed but did not refuse. Places are JSON paths here; the reader adds line and column
 * once, at the end, for all of them in one pass. A flood of warnings is cut at {@link #LIMIT} so a file of junk
 * fields cannot make the report (or the preview) huge.
 */
final class Warnings {

    static final int LIMIT = 50;
    /** Class.getRecordComponents builds a new array each call; a file has thousands of objects to check. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private final List<Entry> entries = new ArrayList<>();
    private int dropped;

    /** A warning at {@code path}; {@code place} is null until the reader locates it. */
    record Entry(JsonPath path, Place place, String message) {
    }

    void add(JsonPath path, String message) {
        add(new Entry(path, null, message));
    }

    /** A warning whose line and column are already known, such as one met while parsing. */
    void add(Place place, String message) {
        add(new Entry(null, place, message));
    }

    private void add(Entry entry) {
        if (entries.size() < LIMIT) {
            entries.add(entry);
        } else {
            dropped++;
        }
    }

    /**
     * Warns about fields that are set but mean nothing for this kind of object, such as a distance on a strength
     * prescription: they are ignored, and the person should know.
     */
    void unused(Record dto, JsonPath at, String kind, Collection<String> used) {
        for (RecordComponent component : COMPONENTS.get(dto.getClass())) {
            String name = component.getName();
            if (name.equals("kind") || used.contains(name)) {
                continue;
            }
            if (isSet(value(component, dto))) {
                add(at.field(name), "\"" + name + "\" does not apply to kind \"" + kind + "\"; it was ignored.");
            }
        }
    }

    private static boolean isSet(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return !(value instanceof String s) || !s.isEmpty();
    }

    private static Object value(RecordComponent component, Record dto) {
        try {
            return component.getAccessor().invoke(dto);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    int dropped() {
        return dropped;
    }
}
