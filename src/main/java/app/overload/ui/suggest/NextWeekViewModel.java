package app.overload.ui.suggest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import app.overload.domain.BlockId;
import app.overload.domain.BlockStatus;
import app.overload.domain.PrescriptionText;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.domain.WeekKind;
import app.overload.progression.Decision;
import app.overload.progression.Suggestion;
import app.overload.progression.WeekPlan;
import app.overload.progression.WeekRequest;
import app.overload.store.Logbook;
import app.overload.ui.LatestOnly;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.SuggestWeek;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "next week" panel of one block: the engine's suggestions for a week (next week unless the user picks
 * another), the volume checks and insights, and accepting all, one, or an edited value into the block's plan.
 * Reading and writing run on the injected executor; a result of a superseded request is dropped.
 */
public final class NextWeekViewModel {

    /** What the panel shows as a whole. */
    public enum State {
        LOADING, READY, NOT_ENOUGH_DATA, NOTHING_PLANNED, ENDED, FAILED
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final SuggestWeek suggestWeek;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<UnitPreferences> units;
    private TrainingBlock block;
    private final Integer defaultWeek;

    private final ObjectProperty<Integer> week = new SimpleObjectProperty<>(this, "week");
    private final ObservableList<Integer> weeks = FXCollections.observableArrayList();
    private final BooleanProperty allowVolumeJump = new SimpleBooleanProperty(this, "allowVolumeJump", false);
    private final ReadOnlyBooleanWrapper overrideOffered = new ReadOnlyBooleanWrapper(this, "overrideOffered");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper historyNote = new ReadOnlyStringWrapper(this, "historyNote", "");
    private final ReadOnlyStringWrapper ended = new ReadOnlyStringWrapper(this, "ended", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyIntegerWrapper acceptable = new ReadOnlyIntegerWrapper(this, "acceptable", 0);
    private final ObservableList<SessionGroup> sessions = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private Runnable afterAccept = () -> { };
    /**
     * Held here and registered weakly: the units property outlives the panels the Blocks section builds for one
     * block after another, and a panel no longer shown should not keep re-suggesting its week.
     */
    private final ChangeListener<UnitPreferences> unitsChanged = (obs, old, now) -> load();
    private PrescriptionText text;
    /** Suggesting a week replaces the suggestion still on its way: only the week last asked for shows. */
    private final LatestOnly suggesting;
    private boolean adjusting;

    public NextWeekViewModel(Logbook logbook, TaskExecutor executor, Clock clock,
            ObjectProperty<UnitPreferences> units, TrainingBlock block) {
        this.suggestWeek = new SuggestWeek(logbook);
        this.executor = executor;
        this.suggesting = new LatestOnly(executor);
        this.clock = clock;
        this.units = units;
        this.block = block;
        LocalDate today = LocalDate.now(clock);
        this.defaultWeek = defaultWeek(block, today);
        weeks.setAll(IntStream.rangeClosed(1, block.weeks()).boxed().toList());
        week.set(defaultWeek);
        week.addListener((obs, old, now) -> weekChanged());
        allowVolumeJump.addListener((obs, old, now) -> {
            if (!adjusting) {
                load();
            }
        });
        units.addListener(new WeakChangeListener<>(unitsChanged));
    }

    /**
     * Next week; in a block's last week that week itself, as nothing follows it; none once the block has ended, so
     * the panel says so instead of showing an old week as if it were to come.
     */
    static Integer defaultWeek(TrainingBlock block, LocalDate today) {
        if (ended(block, today)) {
            return null;
        }
        Optional<Integer> next = WeekRequest.nextWeek(block, today);
        return next.orElseGet(() -> block.weekOf(today).orElse(block.weeks()));
    }

    private static boolean ended(TrainingBlock block, LocalDate today) {
        BlockStatus status = block.status(today);
        return status == BlockStatus.FINISHED || status == BlockStatus.ARCHIVED;
    }

    /** The block as last read. */
    public TrainingBlock block() {
        return block;
    }

    /** The week shown; null only when the block has ended and no week was picked. */
    public ObjectProperty<Integer> weekProperty() {
        return week;
    }

    public ObservableList<Integer> weeks() {
        return weeks;
    }

    /** "Week 8 · 30 Nov · deload (next)": for the week picker. */
    public String weekLabel(Integer n) {
        if (n == null) {
            return "Pick a week";
        }
        WeekKind kind = block.kindOf(n);
        return "Week " + n + " · " + SHORT_DAY.format(block.weekStart(n))
                + (kind == WeekKind.NORMAL ? "" : " · " + kind.name().toLowerCase(Locale.ROOT))
                + (n.equals(defaultWeek) ? "  (next)" : "");
    }

    /** The explicit override of the 30 %-over-two-weeks limit; changing it suggests the week again. */
    public BooleanProperty allowVolumeJumpProperty() {
        return allowVolumeJump;
    }

    /** True when the engine held distance back (or the override is on), so the override is worth offering. */
    public ReadOnlyBooleanProperty overrideOfferedProperty() {
        return overrideOffered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the state means in words: "Working out week 8…", "Nothing is planned in week 3.", an error. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** "Week 8 of 12 · deload week · Mon 30 Nov to Sun 6 Dec". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** "Suggested from what was logged up to Sun 22 Nov." */
    public ReadOnlyStringProperty historyNoteProperty() {
        return historyNote.getReadOnlyProperty();
    }

    /** "This block has ended (Sun 3 Jan 2027). …" for a finished or archived block; empty otherwise. */
    public ReadOnlyStringProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    /** "18 suggestions, 2 would change the plan." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last accept did, or why it did not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** True while accepted suggestions are being saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How many suggestions "Accept all" would store. */
    public ReadOnlyIntegerProperty acceptableCountProperty() {
        return acceptable.getReadOnlyProperty();
    }

    public ObservableList<SessionGroup> sessions() {
        return sessions;
    }

    /** Volume checks first, then insights. */
    public ObservableList<Note> notes() {
        return notes;
    }

    /** What the engine lacks for the prescriptions it could not suggest ("a logged front squat session …"). */
    public ObservableList<String> missing() {
        return missing;
    }

    public List<SuggestionItem> items() {
        return sessions.stream().flatMap(g -> g.items().stream()).toList();
    }

    /** Runs after suggestions were accepted and saved, so the block view can show the new plan. */
    public void setAfterAccept(Runnable action) {
        afterAccept = action == null ? () -> { } : action;
    }

    private void weekChanged() {
        adjusting = true;
        allowVolumeJump.set(false); // the override is for the week it was ticked on
        adjusting = false;
        message.set("");
        load();
    }

    /** Suggests the chosen week again from the stored block and history. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        ended.set(endedText(block, today));
        Integer n = week.get();
        if (n == null) {
            suggesting.cancel();
            clear();
            stateText.set(ended.get());
            state.set(State.ENDED);
            return;
        }
        state.set(State.LOADING);
        stateText.set("Working out week " + n + "…");
        boolean allow = allowVolumeJump.get();
        UnitPreferences u = units.get();
        BlockId shown = block.id();
        suggesting.submit("Suggesting week " + n + " of " + block.name(),
                p -> suggestWeek.suggest(shown, n, today, allow, u), this::show, error -> {
                    clear();
                    stateText.set("Could not suggest week " + n + ": " + messageOf(error));
                    state.set(State.FAILED);
                });
    }

    private static String endedText(TrainingBlock block, LocalDate today) {
        if (!ended(block, today)) {
            return "";
        }
        return "This block has ended (" + DAY_YEAR.format(block.goalDate()) + ")"
                + (block.outcome() != null ? " and is archived" : "")
                + ". Pick a week to look back at what would have been suggested; nothing can be accepted.";
    }

    private void clear() {
        sessions.clear();
        notes.clear();
        missing.clear();
        headline.set("");
        historyNote.set("");
        summary.set("");
        overrideOffered.set(allowVolumeJump.get());
        acceptable.set(0);
    }

    private void show(SuggestWeek.SuggestedWeek loaded) {
        block = loaded.block();
        text = loaded.text();
        WeekPlan plan = loaded.plan();
        LocalDate today = loaded.today();
        ended.set(endedText(block, today));
        headline.set(headline(plan));
        historyNote.set("Suggested from what was logged up to " + DAY.format(plan.historyUntil().minusDays(1)) + ".");
        sessions.setAll(WeekContents.groups(loaded, ended(block, today)));
        notes.setAll(WeekContents.notes(plan));
        missing.setAll(WeekContents.missing(plan));
        overrideOffered.set(!ended(block, today) && (plan.volumeRefused() || allowVolumeJump.get()));
        int changes = plan.changes().size();
        summary.set(plan.suggestions().size() + (plan.suggestions().size() == 1 ? " suggestion, " : " suggestions, ")
                + (changes == 0 ? "none" : Integer.toString(changes)) + " would change the plan.");
        items().forEach(i -> i.acceptableProperty().addListener((obs, old, now) -> countAcceptable()));
        countAcceptable();
        if (plan.suggestions().isEmpty()) {
            stateText.set("Nothing is planned in week " + plan.week() + ".");
            state.set(State.NOTHING_PLANNED);
        } else if (plan.suggestions().stream().allMatch(s -> s.decision() instanceof Decision.NotEnoughData)) {
            stateText.set("Not enough logged yet to suggest week " + plan.week() + "; it stays as planned.");
            state.set(State.NOT_ENOUGH_DATA);
        } else {
            stateText.set("");
            state.set(State.READY);
        }
    }

    private String headline(WeekPlan plan) {
        WeekKind kind = plan.kind();
        return "Week " + plan.week() + " of " + block.weeks()
                + (kind == WeekKind.NORMAL ? "" : " · " + kind.name().toLowerCase(Locale.ROOT) + " week")
                + " · " + DAY.format(plan.weekStart()) + " to " + DAY.format(plan.weekStart().plusDays(6));
    }

    private void countAcceptable() {
        acceptable.set((int) items().stream().filter(i -> i.acceptableProperty().get()).count());
    }

    /** Stores one suggestion (with the value typed over it, if any) into the plan. */
    public void accept(SuggestionItem item) {
        submit(List.of(item));
    }

    /** Stores every suggestion that would change the plan and may be accepted, edited values included. */
    public void acceptAll() {
        submit(items().stream().filter(i -> i.acceptableProperty().get()).toList());
    }

    private void submit(List<SuggestionItem> chosen) {
        if (busy.get() || chosen.isEmpty() || chosen.stream().anyMatch(i -> !i.acceptableProperty().get())) {
            return;
        }
        List<Suggestion> accepted = chosen.stream().map(SuggestionItem::effective).toList();
        String done = accepted.size() == 1
                ? "Accepted " + text.describe(accepted.get(0).suggested()) + " for "
                        + DAY.format(accepted.get(0).date()) + "."
                : "Accepted " + accepted.size() + " changes into week " + week.get() + ".";
        busy.set(true);
        message.set("");
        BlockId into = block.id();
        executor.submit("Accepting suggestions into " + block.name(), p -> suggestWeek.accept(into, accepted),
                updated -> {
                    busy.set(false);
                    block = updated;
                    messageIsError.set(false);
                    message.set(done);
                    load();
                    afterAccept.run();
                }, error -> {
                    busy.set(false);
                    messageIsError.set(true);
                    message.set("Not accepted: " + messageOf(error));
                    load();
                });
    }

    private static String messageOf(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
