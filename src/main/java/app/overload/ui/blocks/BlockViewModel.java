package app.overload.ui.blocks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import app.overload.domain.BlockId;
import app.overload.domain.BlockOutcome;
import app.overload.domain.BlockStatus;
import app.overload.domain.ExerciseNames;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescriptionText;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.planning.BlockReport;
import app.overload.planning.Compliance;
import app.overload.planning.GoalProgress;
import app.overload.planning.GoalText;
import app.overload.ui.LatestOnly;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.ReplanBlock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One block: its plan week by week against what was done, compliance, progress toward the goal, and what can be
 * done with it (edit the plan, archive, delete). Reads and writes go through the injected executor; every change
 * writes the whole block in one transaction and reads it back.
 */
public final class BlockViewModel {

    private final BlockData data;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<UnitPreferences> units;
    private final ObjectProperty<BlockData.Details> details = new SimpleObjectProperty<>(this, "details");
    private final ObjectProperty<Compliance> compliance = new SimpleObjectProperty<>(this, "compliance");
    private final ObjectProperty<GoalProgress> progress = new SimpleObjectProperty<>(this, "progress");
    private final ObjectProperty<LocalDate> selectedDay = new SimpleObjectProperty<>(this, "selectedDay");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty goal = new SimpleStringProperty(this, "goal", "");
    private final StringProperty dates = new SimpleStringProperty(this, "dates", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty complianceText = new SimpleStringProperty(this, "complianceText", "");
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final StringProperty startText = new SimpleStringProperty(this, "startText", "");
    private final StringProperty outcomeText = new SimpleStringProperty(this, "outcomeText", "");
    private final DoubleProperty fraction = new SimpleDoubleProperty(this, "fraction", 0);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final StringProperty outlookText = new SimpleStringProperty(this, "outlookText", "");
    private final StringProperty driftText = new SimpleStringProperty(this, "driftText", "");
    private final StringProperty replanText = new SimpleStringProperty(this, "replanText", "");
    private final ObjectProperty<ReplanBlock.Accepted> accepted = new SimpleObjectProperty<>(this, "accepted");
    /** The outlook and drift are worked out after the block shows; a newer block or units win. */
    private final LatestOnly ahead;
    private Runnable onChanged = () -> { };
    private Runnable onDeleted = () -> { };

    BlockViewModel(BlockData data, TaskExecutor executor, Clock clock, ObjectProperty<UnitPreferences> units) {
        this.data = data;
        this.executor = executor;
        this.clock = clock;
        this.units = units;
        this.ahead = new LatestOnly(executor);
        units.addListener((obs, old, now) -> {
            update();
            readAhead();
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** After the block changed in the logbook (plan, archive): the list refreshes. */
    void setOnChanged(Runnable action) {
        onChanged = action;
    }

    void setOnDeleted(Runnable action) {
        onDeleted = action;
    }

    public void load(BlockId id) {
        busy.set(true);
        executor.submit("Reading the block", p -> data.details(id), read -> {
            busy.set(false);
            message.set("");
            if (details.get() == null || !details.get().block().id().equals(read.block().id())) {
                accepted.set(null);
                replanText.set("");
            }
            details.set(read);
            update();
            readAhead();
        }, error -> {
            busy.set(false);
            message.set("The block could not be read: " + error.getMessage());
        });
    }

    /**
     * Works out, off the UI thread, what the goal looks like on its date and whether the logbook has drifted from the
     * plan; a block that is over has neither.
     */
    private void readAhead() {
        BlockData.Details read = details.get();
        outlookText.set("");
        driftText.set("");
        BlockStatus status = read == null ? null : read.block().status(today());
        if (status != BlockStatus.ACTIVE && status != BlockStatus.PLANNED) {
            ahead.cancel();
            return;
        }
        TrainingBlock block = read.block();
        UnitPreferences shown = units.get();
        LocalDate day = today();
        ahead.submit("Looking ahead to the goal", p -> data.ahead(block, day, shown), found -> {
            outlookText.set(found.outlook());
            driftText.set(found.drift());
        }, error -> outlookText.set("The goal's outlook could not be worked out: " + error.getMessage()));
    }

    /** The "Re-plan…" dialog's model for the block as it is shown now. */
    ReplanViewModel replan() {
        return new ReplanViewModel(data, executor, details.get().block(), today(), units.get(), this::replanned);
    }

    /** A re-plan was saved: read the block again and offer to take it back. */
    private void replanned(ReplanBlock.Accepted done) {
        accepted.set(done);
        replanText.set("Re-plan accepted: " + done.sessions() + (done.sessions() == 1 ? " session" : " sessions")
                + " changed.");
        reload();
        onChanged.run();
    }

    /** Puts the block back as it was before the last accepted re-plan, unless it changed again since. */
    public void undoReplan() {
        ReplanBlock.Accepted done = accepted.get();
        if (done == null) {
            return;
        }
        busy.set(true);
        executor.submit("Undoing the re-plan", p -> data.undoReplan(done), restored -> {
            busy.set(false);
            accepted.set(null);
            replanText.set("Re-plan undone: the plan is as it was.");
            reload();
            onChanged.run();
        }, error -> {
            busy.set(false);
            replanText.set("Not undone: " + error.getMessage());
        });
    }

    /** "On 3 Jan: 102.5–110 kg × 5 expected; 70 % chance of the 105 kg goal.", or empty. */
    public StringProperty outlookTextProperty() {
        return outlookText;
    }

    /** Where the logbook drifted from the plan, or empty: the quiet notice that offers a re-plan. */
    public StringProperty driftTextProperty() {
        return driftText;
    }

    /** What became of the last re-plan (accepted, undone), or empty. */
    public StringProperty replanTextProperty() {
        return replanText;
    }

    /** The last accepted re-plan while it can be undone, else null. */
    public ObjectProperty<ReplanBlock.Accepted> acceptedProperty() {
        return accepted;
    }

    /** Reads the block again, e.g. after the next week's suggestions were accepted elsewhere. */
    public void reload() {
        if (details.get() != null) {
            load(details.get().block().id());
        }
    }

    private void update() {
        BlockData.Details read = details.get();
        if (read == null) {
            return;
        }
        TrainingBlock block = read.block();
        Map<PlannedSessionId, LocalDate> done = new HashMap<>();
        for (TrainingSession s : read.sessions()) {
            if (s.plannedSession() != null) {
                done.merge(s.plannedSession(), s.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        BlockReport summary = BlockReport.of(block, done, read.evidence(), today(), units.get());
        compliance.set(summary.compliance());
        progress.set(summary.progress());
        GoalText text = goalText();
        name.set(block.name());
        goal.set("Goal: " + text.target(block.goal()) + " by " + Texts.DAY.format(block.goalDate()));
        dates.set(Texts.dates(block));
        status.set(Texts.status(summary.status()) + " · " + summary.when());
        complianceText.set(summary.complianceText());
        progressText.set(text.line(summary.progress()));
        startText.set(text.start(summary.progress()));
        outcomeText.set(block.outcome() == null ? "" : (block.outcome().goalMet() ? "Goal met. " : "Goal not met. ")
                + block.outcome().summary());
        fraction.set(summary.progress().measured() ? summary.progress().fraction() : 0);
    }

    GoalText goalText() {
        return new GoalText(units.get(), details.get().catalogue().names());
    }

    public PrescriptionText prescriptionText() {
        return new PrescriptionText(units.get(), details.get() == null ? ExerciseNames.keysOnly()
                : details.get().catalogue().names());
    }

    public Optional<TrainingBlock> block() {
        return Optional.ofNullable(details.get()).map(BlockData.Details::block);
    }

    public ReadOnlyObjectProperty<BlockData.Details> detailsProperty() {
        return details;
    }

    public ReadOnlyObjectProperty<Compliance> complianceProperty() {
        return compliance;
    }

    public ReadOnlyObjectProperty<GoalProgress> progressProperty() {
        return progress;
    }

    /** The day whose sessions the side panel shows; null when it is closed. */
    public ObjectProperty<LocalDate> selectedDayProperty() {
        return selectedDay;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty goalProperty() {
        return goal;
    }

    public StringProperty datesProperty() {
        return dates;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty complianceTextProperty() {
        return complianceText;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty startTextProperty() {
        return startText;
    }

    /** The archived block's outcome, or empty. */
    public StringProperty outcomeTextProperty() {
        return outcomeText;
    }

    /** Progress toward the goal, 0 to 1. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public boolean archived() {
        return block().map(b -> b.status(today()) == BlockStatus.ARCHIVED).orElse(false);
    }

    /** Training sessions of the block that fulfil no planned session of it, by day. */
    public Map<LocalDate, List<TrainingSession>> unplanned() {
        Map<LocalDate, List<TrainingSession>> extra = new TreeMap<>();
        BlockData.Details read = details.get();
        if (read == null) {
            return extra;
        }
        for (TrainingSession s : read.sessions()) {
            if (s.plannedSession() == null || read.block().planned(s.plannedSession()).isEmpty()) {
                extra.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
            }
        }
        return extra;
    }

    /** The sessions that fulfil a planned session, oldest first. */
    public List<TrainingSession> doneFor(PlannedSessionId planned) {
        BlockData.Details read = details.get();
        return read == null ? List.of() : read.sessions().stream()
                .filter(s -> planned.equals(s.plannedSession())).toList();
    }

    /** Writes the block with a new plan in one transaction, then shows it as read back. */
    void savePlan(List<PlannedSession> plan, Runnable onSaved, Consumer<String> onError) {
        TrainingBlock block = details.get().block();
        TrainingBlock changed;
        try {
            changed = block.withPlan(plan);
        } catch (IllegalArgumentException e) {
            onError.accept(e.getMessage());
            return;
        }
        write("Saving the plan", changed, onSaved, onError);
    }

    void archive(BlockOutcome outcome, Runnable onSaved, Consumer<String> onError) {
        write("Archiving the block", details.get().block().archived(outcome), onSaved, onError);
    }

    private void write(String what, TrainingBlock changed, Runnable onSaved,
            Consumer<String> onError) {
        busy.set(true);
        executor.submit(what, p -> {
            data.save(changed);
            return data.details(changed.id());
        }, read -> {
            busy.set(false);
            details.set(read);
            update();
            onSaved.run();
            onChanged.run();
        }, error -> {
            busy.set(false);
            onError.accept("Not saved: " + error.getMessage());
        });
    }

    /** Deletes the block; its sessions stay in the logbook as workouts. */
    public void delete() {
        BlockId id = details.get().block().id();
        busy.set(true);
        executor.submit("Deleting the block", p -> data.delete(id), deleted -> {
            busy.set(false);
            details.set(null);
            onDeleted.run();
        }, error -> {
            busy.set(false);
            message.set("Not deleted: " + error.getMessage());
        });
    }
}
