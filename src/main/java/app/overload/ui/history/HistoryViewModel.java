package app.overload.ui.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import app.overload.domain.Durations;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Session;
import app.overload.domain.SessionSummary;
import app.overload.domain.UnitPreferences;
import app.overload.domain.WeeklyTotals;
import app.overload.store.Logbook;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history list: the most recent weeks of the logbook first, each week headed by its totals, with earlier weeks
 * loaded on request so that ten years of sessions never sit in memory at once.
 */
public final class HistoryViewModel {

    /** How many weeks one page of history covers. */
    static final int PAGE_WEEKS = 12;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final ObjectProperty<UnitPreferences> units;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty hasEarlier = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Loaded sessions by week, newest week first; kept so a change of units only re-formats. */
    private final TreeMap<LocalDate, List<Session>> weeks = new TreeMap<>(java.util.Comparator.reverseOrder());
    private ExerciseNames names = ExerciseNames.keysOnly();
    private LocalDate loadedFrom;

    public HistoryViewModel(Logbook logbook, TaskExecutor executor, ObjectProperty<UnitPreferences> units) {
        this.logbook = logbook;
        this.executor = executor;
        this.units = units;
        units.addListener((obs, old, now) -> rebuildRows());
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty hasEarlierProperty() {
        return hasEarlier;
    }

    /** An explanation when loading failed or the logbook is empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Loads the latest {@value #PAGE_WEEKS} weeks that hold sessions, replacing what was shown. */
    public void refresh() {
        loading.set(true);
        executor.submit("Loading history", progress -> {
            ExerciseNames exerciseNames = logbook.exercises().names();
            Optional<LocalDate> last = logbook.sessions().span().map(span -> span.last());
            if (last.isEmpty()) {
                return new Page(exerciseNames, null, List.of(), false);
            }
            return page(exerciseNames, WeeklyTotals.weekStartOf(last.get()).plusWeeks(1));
        }, page -> {
            weeks.clear();
            show(page);
        }, this::failed);
    }

    /** Adds the {@value #PAGE_WEEKS} weeks before the earliest shown, skipping empty months. */
    public void loadEarlier() {
        if (loadedFrom == null || loading.get()) {
            return;
        }
        loading.set(true);
        LocalDate before = loadedFrom;
        executor.submit("Loading earlier weeks", progress -> {
            Optional<LocalDate> previous = logbook.sessions().lastDayBefore(before);
            if (previous.isEmpty()) {
                return new Page(names, before, List.of(), false);
            }
            return page(names, WeeklyTotals.weekStartOf(previous.get()).plusWeeks(1));
        }, this::show, this::failed);
    }

    /** Reads the page of weeks ending just before {@code end} (a Monday), in the background. */
    private Page page(ExerciseNames exerciseNames, LocalDate end) {
        LocalDate from = end.minusWeeks(PAGE_WEEKS);
        List<Session> sessions = logbook.sessions().between(from, end.minusDays(1));
        boolean earlier = logbook.sessions().lastDayBefore(from).isPresent();
        return new Page(exerciseNames, from, sessions, earlier);
    }

    private record Page(ExerciseNames names, LocalDate from, List<Session> sessions, boolean earlier) {
    }

    private void show(Page page) {
        loading.set(false);
        names = page.names();
        loadedFrom = page.from();
        hasEarlier.set(page.earlier());
        for (Session s : page.sessions()) {
            weeks.computeIfAbsent(WeeklyTotals.weekStartOf(s.date()), k -> new ArrayList<>()).add(s);
        }
        message.set(weeks.isEmpty() ? "No sessions yet." : "");
        rebuildRows();
    }

    private void failed(Throwable error) {
        loading.set(false);
        message.set("The history could not be loaded: " + error.getMessage());
    }

    private void rebuildRows() {
        UnitPreferences u = units.get();
        SessionSummary summary = new SessionSummary(u, names);
        List<HistoryRow> result = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Session>> week : weeks.entrySet()) {
            WeeklyTotals totals = WeeklyTotals.of(week.getKey(), week.getValue());
            result.add(new HistoryRow.Week(week.getKey(), "Week of " + WEEK.format(week.getKey()), totals.describe(u)));
            List<Session> newestFirst = new ArrayList<>(week.getValue());
            newestFirst.sort((a, b) -> b.start().compareTo(a.start()));
            for (Session s : newestFirst) {
                result.add(new HistoryRow.Entry(s.id(), s.start(), !(s instanceof app.overload.domain.Workout),
                        SessionSummary.purposeOrLabel(s), summary.describe(s), Durations.clock(s.duration()),
                        s.rpe() == null ? "" : s.rpe().toString()));
            }
        }
        rows.setAll(result);
    }
}
