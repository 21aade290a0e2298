package app.overload.exchange;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * Names are kept without the spaces around them; since that changes what the file says, the person is told.
     * Text that is nothing but spaces is left to the domain, which refuses an empty name or reads an empty title.
     */
    void spaces(String raw, JsonPath at) {
        if (raw != null && !raw.isBlank() && !raw.equals(raw.strip())) {
            add(at, "The spaces around \"" + Values.quoted(raw.strip()) + "\" were removed.");
        } else if (raw != null && !raw.isEmpty() && raw.isBlank()) {
            add(at, "The text was only spaces; it was read as empty.");
        }
    }

    /** Durations are kept to the millisecond; a finer value is rounded, and the person is told. */
    void milliseconds(Double seconds, JsonPath at) {
        if (seconds != null && Double.isFinite(seconds) && Math.abs(seconds) < 1e12) {
            double millis = seconds * 1000;
            if (Math.abs(millis - Math.rint(millis)) > 1e-6) {
                add(at, "Times are kept to the millisecond; " + seconds + " s was read as "
                        + Math.rint(millis) / 1000 + " s.");
            }
        }
    }

    /** A week listed twice in a list of weeks counts once; the person is told. */
    void repeatedWeeks(List<Integer> weeks, JsonPath at) {
        if (weeks == null) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < weeks.size(); i++) {
            Integer week = weeks.get(i);
            if (week != null && !seen.add(week)) {
                add(at.index(i), "Week " + week + " is listed twice; it counts once.");
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
