package app.overload.exchange.history;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The workouts of a CSV export as its rows come in, one per start and title, in the order they first appear. It
 * also knows which workout the latest row went to, for when the file breaks off and the broken row cannot say.
 */
final class WorkoutDrafts {

    private final Map<String, WorkoutDraft> drafts = new LinkedHashMap<>();
    private WorkoutDraft latest;

    /** The workout of a row, made by {@code make} for the first row of it. */
    WorkoutDraft of(LocalDateTime start, String title, Supplier<WorkoutDraft> make) {
        latest = drafts.computeIfAbsent(key(start, title), k -> make.get());
        return latest;
    }

    Collection<WorkoutDraft> all() {
        return drafts.values();
    }

    /**
     * Drops the workout the row the file broke off in belongs to, since the rest of it is lost with the file's
     * end. When what is left of the row does not name its workout ({@code start} null), the latest one is dropped:
     * the broken row may have continued it.
     *
     * @return the dropped workout as {@link Problems#session} names it, or null when the broken row began a
     *         workout of which nothing else was read
     */
    String dropBroken(LocalDateTime start, String title) {
        WorkoutDraft broken = start == null ? latest : drafts.get(key(start, title));
        if (broken == null) {
            return null;
        }
        drafts.values().remove(broken);
        latest = null;
        return Problems.session(start != null, broken.start, broken.firstLine);
    }

    private static String key(LocalDateTime start, String title) {
        return start + "|" + title;
    }
}
