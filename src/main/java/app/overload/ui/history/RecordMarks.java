package app.overload.ui.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import app.overload.analysis.PersonalRecord;
import app.overload.domain.ExerciseNames;
import app.overload.domain.SessionId;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.FindRecords;

/**
 * The personal records of the sessions the history shows, looked up in the background for each page after it is
 * on screen (a page never waits for them), and kept until the history is read afresh.
 */
final class RecordMarks {

    private static final System.Logger LOG = System.getLogger(RecordMarks.class.getName());

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final Map<SessionId, List<PersonalRecord>> found = new HashMap<>();
    /** Counts refreshes, so that records looked up for what was shown before one are dropped. */
    private int generation;
    /** Runs a lookup now, or later: the view holds them until its first rows have been laid out. */
    private Consumer<Runnable> when = Runnable::run;

    RecordMarks(Logbook logbook, TaskExecutor executor) {
        this.logbook = logbook;
        this.executor = executor;
    }

    /** Forgets what was found: the logbook may have changed. */
    void clear() {
        found.clear();
        generation++;
    }

    /** How lookups are started: at once unless a view asks to hold them (see {@link HistoryViewModel}). */
    void startLookUpsWith(Consumer<Runnable> starter) {
        when = starter;
    }

    /**
     * Looks up the records of the sessions from {@code from} up to {@code until}; then runs {@code changed}. A lookup
     * held past a refresh is dropped before it starts.
     */
    void lookUp(LocalDate from, LocalDate until, Runnable changed) {
        int asked = generation;
        when.accept(() -> {
            if (asked == generation) {
                submit(asked, from, until, changed);
            }
        });
    }

    private void submit(int asked, LocalDate from, LocalDate until, Runnable changed) {
        executor.submit("Finding personal records", p -> new FindRecords(logbook).between(from, until), records -> {
            if (asked == generation && !records.isEmpty()) {
                found.putAll(records);
                changed.run();
            }
        }, error -> {
            // Marks are a courtesy: a failed lookup leaves the history as it is, without them, and is only logged.
            LOG.log(System.Logger.Level.WARNING, "Personal records of " + from + " to " + until
                    + " could not be read", error);
        });
    }

    /** The records as they stand now, for formatting rows off the FX thread. */
    Map<SessionId, List<PersonalRecord>> now() {
        return Map.copyOf(found);
    }

    /** "Back squat: heaviest set, 120 kg × 5", one record a line; empty when the session set none. */
    static String text(List<PersonalRecord> records, UnitPreferences units, ExerciseNames names) {
        if (records == null || records.isEmpty()) {
            return "";
        }
        return String.join("\n", records.stream().map(r -> r.describe(units, names)).toList());
    }
}
