package app.overload.ui.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import app.overload.analysis.PersonalRecord;
import app.overload.domain.BlockSummary;
import app.overload.domain.Durations;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Modality;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.SessionSummary;
import app.overload.domain.UnitPreferences;
import app.overload.domain.WeeklyTotals;
import app.overload.domain.Workout;
import app.overload.store.HistoryQueries;
import app.overload.store.Logbook;
import app.overload.store.SessionFilter;
import app.overload.ui.LatestOnly;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history list: the most recent weeks of the logbook first, each week headed by its totals, with earlier weeks
 * loaded on request so that ten years of sessions never sit in memory at once. Filters by kind, modality and block
 * narrow the pages in the database; the calendar shows the same loaded weeks as seven columns.
 */
public final class HistoryViewModel {

    /** How many weeks one page of history covers. */
    static final int PAGE_WEEKS = 12;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final Logbook logbook;
    private final HistoryQueries queries;
    private final TaskExecutor executor;
    /** Pages: a refresh (new filters) replaces a page still on its way, so old filters never show late. */
    private final LatestOnly pages;
    private final ObjectProperty<UnitPreferences> units;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CalendarWeek> calendar = FXCollections.observableArrayList();
    private final ObservableList<BlockSummary> blocks = FXCollections.observableArrayList();
    private final ObjectProperty<SessionFilter.Kind> kindFilter = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Modality> modalityFilter = new SimpleObjectProperty<>(this, "modality");
    private final ObjectProperty<BlockSummary> blockFilter = new SimpleObjectProperty<>(this, "block");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty hasEarlier = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final RecordMarks records;
    /** Loaded sessions by week, newest week first; kept so a change of units only re-formats. */
    private final TreeMap<LocalDate, List<Session>> weeks = new TreeMap<>(Comparator.reverseOrder());
    private ExerciseNames names = ExerciseNames.keysOnly();
    private LocalDate loadedFrom;
    private Session deleted;
    private Consumer<SessionId> onEdit = id -> { };
    private Runnable onNewSession = () -> { };

    public HistoryViewModel(Logbook logbook, TaskExecutor executor, ObjectProperty<UnitPreferences> units) {
        this.logbook = logbook;
        this.queries = logbook.historyPages();
        this.executor = executor;
        this.pages = new LatestOnly(executor);
        this.units = units;
        this.records = new RecordMarks(logbook, executor);
        units.addListener((obs, old, now) -> rebuildRows());
        kindFilter.addListener((obs, old, now) -> refresh());
        modalityFilter.addListener((obs, old, now) -> refresh());
        blockFilter.addListener((obs, old, now) -> refresh());
    }

    /**
     * Lets a view decide when the personal-record lookups start (each page's runs at once otherwise): the history's
     * view holds them until its first rows are laid out, so at start-up the lookup does not compete for the processor
     * with the first frame it waits on.
     */
    public void startRecordLookUpsWith(Consumer<Runnable> starter) {
        records.startLookUpsWith(starter);
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    /** The loaded weeks as calendar rows, newest first. */
    public ObservableList<CalendarWeek> calendar() {
        return calendar;
    }

    /** Blocks to filter by. */
    public ObservableList<BlockSummary> blocks() {
        return blocks;
    }

    /** Null shows both kinds. */
    public ObjectProperty<SessionFilter.Kind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<Modality> modalityFilterProperty() {
        return modalityFilter;
    }

    public ObjectProperty<BlockSummary> blockFilterProperty() {
        return blockFilter;
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

    /** "Deleted the session of Tue 24 Nov." while it can be undone; empty otherwise. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Saved Mon 23 Nov, 18:30. New record: …" after the log form saved; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows what just happened elsewhere (a session saved) until dismissed or replaced. */
    public void announce(String text) {
        notice.set(text == null ? "" : text);
    }

    public void dismissNotice() {
        notice.set("");
    }

    public void setOnEdit(Consumer<SessionId> action) {
        onEdit = action;
    }

    public void setOnNewSession(Runnable action) {
        onNewSession = action;
    }

    public void edit(SessionId id) {
        onEdit.accept(id);
    }

    public void newSession() {
        onNewSession.run();
    }

    public void clearFilters() {
        kindFilter.set(null);
        modalityFilter.set(null);
        blockFilter.set(null);
    }

    private SessionFilter filter() {
        BlockSummary block = blockFilter.get();
        return new SessionFilter(kindFilter.get(), modalityFilter.get(), block == null ? null : block.id());
    }

    /** Loads the latest {@value #PAGE_WEEKS} weeks that hold matching sessions, replacing what was shown. */
    public void refresh() {
        loading.set(true);
        records.clear();
        SessionFilter filter = filter();
        UnitPreferences shownIn = units.get();
        pages.submit("Loading history", progress -> latest(logbook, queries, filter, shownIn), page -> {
            weeks.clear();
            show(page);
        }, this::failed);
    }

    /**
     * The unfiltered first page, read ahead on the thread that opens the logbook while the window is still being
     * built, so the history shows as soon as the window is ready.
     */
    public static final class FirstPage {
        private final Page page;

        private FirstPage(Page page) {
            this.page = page;
        }
    }

    /** Reads the first page off the FX thread; hand it to {@link #show(FirstPage)}. */
    public static FirstPage readFirstPage(Logbook logbook, UnitPreferences shownIn) {
        return new FirstPage(latest(logbook, logbook.historyPages(), SessionFilter.NONE, shownIn));
    }

    /** Shows a page read ahead, unless filters were set meanwhile; then reads afresh. */
    public void show(FirstPage first) {
        if (!filter().equals(SessionFilter.NONE)) {
            refresh();
            return;
        }
        weeks.clear();
        show(first.page);
    }

    private static Page latest(Logbook logbook, HistoryQueries queries, SessionFilter filter,
            UnitPreferences shownIn) {
        ExerciseNames exerciseNames = logbook.exercises().names();
        List<BlockSummary> allBlocks = logbook.blocks().summaries();
        Optional<LocalDate> last = queries.lastDay(filter);
        if (last.isEmpty()) {
            return new Page(exerciseNames, allBlocks, null, null, List.of(), false, null);
        }
        Page page = page(queries, exerciseNames, allBlocks, filter, WeeklyTotals.weekStartOf(last.get()).plusWeeks(1));
        return new Page(page.names(), page.blocks(), page.from(), page.until(), page.sessions(), page.earlier(),
                format(byWeek(page.sessions()), shownIn, exerciseNames, Map.of()));
    }

    /** Adds the {@value #PAGE_WEEKS} weeks before the earliest shown, skipping empty months. */
    public void loadEarlier() {
        if (loadedFrom == null || loading.get()) {
            return;
        }
        loading.set(true);
        LocalDate before = loadedFrom;
        SessionFilter filter = filter();
        pages.submit("Loading earlier weeks", progress -> {
            Optional<LocalDate> previous = queries.lastDayBefore(before, filter);
            if (previous.isEmpty()) {
                return new Page(names, null, before, null, List.of(), false, null);
            }
            return page(queries, names, null, filter, WeeklyTotals.weekStartOf(previous.get()).plusWeeks(1));
        }, this::show, this::failed);
    }

    /** Reads the page of weeks ending just before {@code end} (a Monday), in the background. */
    private static Page page(HistoryQueries queries, ExerciseNames exerciseNames, List<BlockSummary> allBlocks,
            SessionFilter filter, LocalDate end) {
        LocalDate from = end.minusWeeks(PAGE_WEEKS);
        List<Session> sessions = queries.between(from, end.minusDays(1), filter);
        boolean earlier = queries.lastDayBefore(from, filter).isPresent();
        return new Page(exerciseNames, allBlocks, from, end, sessions, earlier, null);
    }

    /** @param blocks null when the page does not bring the block list (earlier pages) */
    /** @param formatted the page's rows made in the background, or null (earlier pages join what is shown) */
    /** @param until the day after the page's last week, or null for a page without sessions */
    private record Page(ExerciseNames names, List<BlockSummary> blocks, LocalDate from, LocalDate until,
            List<Session> sessions, boolean earlier, Formatted formatted) {
    }

    private void show(Page page) {
        loading.set(false);
        names = page.names();
        if (page.blocks() != null) {
            BlockSummary chosen = blockFilter.get();
            blocks.setAll(page.blocks());
            if (chosen != null && !blocks.contains(chosen)) {
                blocks.add(chosen);
            }
        }
        loadedFrom = page.from();
        hasEarlier.set(page.earlier());
        boolean fresh = weeks.isEmpty();
        for (Session s : page.sessions()) {
            weeks.computeIfAbsent(WeeklyTotals.weekStartOf(s.date()), k -> new ArrayList<>()).add(s);
        }
        boolean filtered = !filter().isAll();
        message.set(weeks.isEmpty() ? (filtered ? "No sessions match these filters." : "No sessions yet.") : "");
        if (fresh && page.formatted() != null && page.formatted().units().equals(units.get())) {
            show(page.formatted());
        } else {
            rebuildRows();
        }
        if (page.until() != null && !page.sessions().isEmpty()) {
            records.lookUp(page.from(), page.until(), this::rebuildRows);
        }
    }

    private void failed(Throwable error) {
        loading.set(false);
        message.set("The history could not be loaded: " + error.getMessage());
    }

    /** Deletes a session at once; it can be brought back with {@link #undoDelete()} until the next delete. */
    public void delete(SessionId id) {
        Optional<Session> session = weeks.values().stream().flatMap(List::stream).filter(s -> s.id().equals(id))
                .findFirst();
        if (session.isEmpty()) {
            return;
        }
        Session gone = session.get();
        executor.submit("Deleting a session", p -> logbook.sessions().delete(id), ok -> {
            deleted = gone;
            String what = SessionSummary.purposeOrLabel(gone);
            undoText.set("Deleted the " + SessionSummary.kind(gone).toLowerCase(Locale.ROOT) + " of "
                    + DAY.format(gone.start()) + (what.isEmpty() ? "" : " (" + what + ")") + ".");
            weeks.values().forEach(list -> list.removeIf(s -> s.id().equals(id)));
            weeks.values().removeIf(List::isEmpty);
            rebuildRows();
        }, error -> message.set("The session could not be deleted: " + error.getMessage()));
    }

    /** Saves the deleted session again, same id and all. */
    public void undoDelete() {
        Session back = deleted;
        if (back == null) {
            return;
        }
        executor.submit("Restoring the deleted session", p -> {
            logbook.sessions().save(back);
            return back;
        }, ok -> {
            deleted = null;
            undoText.set("");
            refresh();
        }, error -> message.set("The session could not be restored: " + error.getMessage()));
    }

    public void dismissUndo() {
        deleted = null;
        undoText.set("");
    }

    private void rebuildRows() {
        show(format(weeks, units.get(), names, records.now()));
    }

    private void show(Formatted formatted) {
        rows.setAll(formatted.rows());
        calendar.setAll(formatted.calendar());
    }

    /** The rows of the list and the weeks of the calendar, in one set of units: made off the FX thread when it can. */
    private record Formatted(UnitPreferences units, List<HistoryRow> rows, List<CalendarWeek> calendar) {
    }

    private static Formatted format(Map<LocalDate, List<Session>> weeks, UnitPreferences u, ExerciseNames names,
            Map<SessionId, List<PersonalRecord>> records) {
        SessionSummary summary = new SessionSummary(u, names);
        List<HistoryRow> result = new ArrayList<>();
        List<CalendarWeek> weeksShown = new ArrayList<>();
        HeavySetNote heavy = new HeavySetNote(weeks.values());
        for (Map.Entry<LocalDate, List<Session>> week : weeks.entrySet()) {
            WeeklyTotals totals = WeeklyTotals.of(week.getKey(), week.getValue());
            String title = "Week of " + WEEK.format(week.getKey());
            result.add(new HistoryRow.Week(week.getKey(), title, totals.describe(u)));
            weeksShown.add(CalendarWeek.of(week.getKey(), title, totals.describe(u), week.getValue(), summary,
                    s -> heavy.count(s) > 0));
            List<Session> newestFirst = new ArrayList<>(week.getValue());
            newestFirst.sort((a, b) -> b.start().compareTo(a.start()));
            for (Session s : newestFirst) {
                result.add(new HistoryRow.Entry(s.id(), s.start(), !(s instanceof Workout),
                        SessionSummary.purposeOrLabel(s), summary.describe(s) + heavy.suffix(s),
                        Durations.clock(s.duration()), s.rpe() == null ? "" : s.rpe().toString(),
                        RecordMarks.text(records.get(s.id()), u, names)));
            }
        }
        return new Formatted(u, result, weeksShown);
    }

    /** The sessions of a page by week, newest week first, as {@link #weeks} holds them. */
    private static TreeMap<LocalDate, List<Session>> byWeek(List<Session> sessions) {
        TreeMap<LocalDate, List<Session>> byWeek = new TreeMap<>(Comparator.reverseOrder());
        for (Session s : sessions) {
            byWeek.computeIfAbsent(WeeklyTotals.weekStartOf(s.date()), k -> new ArrayList<>()).add(s);
        }
        return byWeek;
    }
}
