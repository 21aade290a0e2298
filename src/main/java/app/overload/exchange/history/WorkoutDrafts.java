package app.overload.exchange.history;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The workouts of a CSV export as its rows come in, one per start and title, in the order they first appear. It
 * also knows which workout the latest row went to, for when the file breaks off and the broken row cannot say.
 */
final class WorkoutDrafts {

    private final Map<String, WorkoutDraft> drafts = new LinkedHashMap<>();
    private WorkoutDraft latest;
    /** The row the file broke off in, with its whole cells; null while the file reads well. */
    private List<String> brokenRow;
    private long brokenLine;

    /** The workout of a row, made by {@code make} for the first row of it. */
    WorkoutDraft of(LocalDateTime start, String title, Supplier<WorkoutDraft> make) {
        latest = drafts.computeIfAbsent(key(start, title), k -> make.get());
        return latest;
    }

    Collection<WorkoutDraft> all() {
        return drafts.values();
    }

    /** Keeps the row the file broke off in, as {@link CsvRows#read} hands it over. */
    void broken(long line, List<String> cells) {
        brokenLine = line;
        brokenRow = cells;
    }

    /** Whether the file broke off in a row that {@link CsvRows#read} could still tell apart. */
    boolean brokeOff() {
        return brokenRow != null;
    }

    long brokenLine() {
        return brokenLine;
    }

    /**
     * Drops the workout the broken row belongs to, read from its start and title cells. When those cells are
     * missing or the start is not a date, the row does not say which workout it was part of; see
     * {@link #drop}.
     *
     * @param startColumn the column of the workout's start, or null before the header was read
     * @param titleColumn the column of the workout's title, or null before the header was read
     * @return the dropped workout as {@link Problems#session} names it, or null when nothing was dropped
     */
    String dropBroken(Integer startColumn, Integer titleColumn) {
        if (brokenRow == null || startColumn == null || titleColumn == null) {
            return null;
        }
        if (startColumn < brokenRow.size() && titleColumn < brokenRow.size()) {
            try {
                return drop(Dates.parse(brokenRow.get(startColumn)), Texts.name(brokenRow.get(titleColumn)));
            } catch (DateTimeParseException e) {
                // not a date: the row does not say which workout it was part of
            }
        }
        return drop(null, null);
    }

    /**
     * Drops the workout the row the file broke off in belongs to, since the rest of it is lost with the file's
     * end. When what is left of the row does not name its workout ({@code start} null), the latest one is dropped:
     * the broken row may have continued it.
     *
     * @return the dropped workout as {@link Problems#session} names it, or null when the broken row began a
     *         workout of which nothing else was read
     */
    private String drop(LocalDateTime start, String title) {
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
