package app.overload.ui.blocks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Purpose;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.planning.GoalText;
import app.overload.progression.SessionChange;
import app.overload.progression.Suggestion;
import app.overload.progression.WeekRequest;
import app.overload.progression.WhatIf;
import app.overload.ui.LatestOnly;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.ReplanBlock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Re-plan…" dialog: the rest of the block re-planned as a diff of the sessions that change, the goal's outlook
 * with it, the previews (skip next week, the long runs on another day, more weeks, a lower target), and accepting
 * all of it, some of it, or none. The re-plan is worked out off the UI thread, again each time a preview changes;
 * nothing is written until a button says so, and then in one transaction.
 */
public final class ReplanViewModel {

    /** One session of the diff: what it was, what it becomes, why, and whether it is to be accepted. */
    public static final class Row {
        private final SessionChange change;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);
        private final String when;
        private final String kind;
        private final String before;
        private final String after;
        private final String reason;
        private final String read;

        Row(SessionChange change, String when, String kind, String before, String after, String reason,
                String read) {
            this.change = change;
            this.when = when;
            this.kind = kind;
            this.before = before;
            this.after = after;
            this.reason = reason;
            this.read = read;
        }

        public SessionChange change() {
            return change;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        /** "Wed 25 Nov · Workout A". */
        public String when() {
            return when;
        }

        /** "moved from Sun 29 Nov", "skipped", "added", or empty for a changed session. */
        public String kind() {
            return kind;
        }

        public String before() {
            return before;
        }

        public String after() {
            return after;
        }

        public String reason() {
            return reason;
        }

        /** "Read: 20 Nov, 23 Nov", or empty. */
        public String read() {
            return read;
        }
    }

    private final BlockData data;
    private final LatestOnly latest;
    private final TaskExecutor executor;
    private final TrainingBlock block;
    private final LocalDate today;
    private final UnitPreferences units;
    private final Consumer<ReplanBlock.Accepted> onAccepted;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    private final StringProperty outlook = new SimpleStringProperty(this, "outlook", "");
    private final StringProperty reach = new SimpleStringProperty(this, "reach", "");
    private final StringProperty moveText = new SimpleStringProperty(this, "moveText", "");
    private final StringProperty lowerText = new SimpleStringProperty(this, "lowerText", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final BooleanProperty partial = new SimpleBooleanProperty(this, "partial", true);
    private final BooleanProperty skipNextWeek = new SimpleBooleanProperty(this, "skipNextWeek", false);
    private final ObjectProperty<DayOfWeek> longRunDay = new SimpleObjectProperty<>(this, "longRunDay");
    private final IntegerProperty addWeeks = new SimpleIntegerProperty(this, "addWeeks", 0);
    private final BooleanProperty lowerTarget = new SimpleBooleanProperty(this, "lowerTarget", false);
    private ReplanBlock.Proposal proposal;
    private ReplanBlock.Reach offered;

    ReplanViewModel(BlockData data, TaskExecutor executor, TrainingBlock block, LocalDate today,
            UnitPreferences units, Consumer<ReplanBlock.Accepted> onAccepted) {
        this.data = data;
        this.executor = executor;
        this.latest = new LatestOnly(executor);
        this.block = block;
        this.today = today;
        this.units = units;
        this.onAccepted = onAccepted;
        skipNextWeek.addListener((obs, old, now) -> refresh());
        longRunDay.addListener((obs, old, now) -> refresh());
        addWeeks.addListener((obs, old, now) -> refresh());
        lowerTarget.addListener((obs, old, now) -> refresh());
    }

    /** Works the re-plan out again with the previews as they are now. */
    public void refresh() {
        busy.set(true);
        message.set("");
        List<WhatIf> whatIfs;
        try {
            whatIfs = whatIfs();
        } catch (IllegalArgumentException e) {
            busy.set(false);
            message.set(e.getMessage());
            return;
        }
        latest.submit("Re-planning the block", p -> data.replan(block.id(), today, units, whatIfs), this::show,
                error -> {
                    busy.set(false);
                    message.set("The re-plan could not be worked out: " + error.getMessage());
                });
    }

    private List<WhatIf> whatIfs() {
        List<WhatIf> whatIfs = new ArrayList<>();
        if (skipNextWeek.get()) {
            whatIfs.add(WhatIf.skipNextWeek(block, today));
        }
        if (longRunDay.get() != null) {
            whatIfs.add(new WhatIf.MoveLongRuns(longRunDay.get()));
        }
        if (addWeeks.get() > 0) {
            whatIfs.add(new WhatIf.AddWeeks(addWeeks.get()));
        }
        if (lowerTarget.get() && offered != null) {
            whatIfs.add(new WhatIf.SetGoal(offered.lower()));
        }
        return whatIfs;
    }

    private void show(ReplanBlock.Proposal made) {
        busy.set(false);
        proposal = made;
        PrescriptionText text = made.text();
        GoalText goals = new GoalText(units, text.names());
        List<Row> shown = new ArrayList<>();
        for (SessionChange c : made.replan().changes()) {
            shown.add(row(c, made, text));
        }
        rows.setAll(shown);
        int n = shown.size();
        String previews = made.replan().whatIfs().isEmpty() ? "" : " with " + made.replan().describeWhatIfs();
        headline.set(n == 0 ? "Nothing to change" + previews + ": every session still to come is on track."
                : n + (n == 1 ? " session changes" : " sessions change") + previews + ", as of "
                        + Texts.day(today) + ".");
        String goalNow = made.replan().replanned().goal().equals(block.goal()) ? ""
                : "New target: " + goals.target(made.replan().replanned().goal()) + ". ";
        outlook.set(goalNow + (made.outlook().measured() ? made.outlook().sentence(units)
                : made.outlook().missing()));
        if (made.reach() != null) {
            offered = made.reach();
        }
        reach.set(made.reach() == null ? "" : made.reach().sentence());
        moveText.set(offered == null || offered.weeks() == 0 ? "" : "Move the goal date " + offered.weeks()
                + (offered.weeks() == 1 ? " week" : " weeks") + " later");
        lowerText.set(offered == null ? "" : "Aim at " + goals.target(offered.lower()));
        partial.set(!made.replan().structural());
    }

    private Row row(SessionChange c, ReplanBlock.Proposal made, PrescriptionText text) {
        String kind = switch (c.kind()) {
            case MOVED -> "moved from " + Texts.day(c.dateBefore());
            case SKIPPED -> "skipped";
            case ADDED -> "added";
            default -> "";
        };
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        if (c.lines().isEmpty()) {
            before.add(c.before() == null ? "—" : describe(c.before().prescriptions(), text));
            after.add(c.after() == null ? "—" : describe(c.after().prescriptions(), text));
        }
        for (Suggestion s : c.lines()) {
            before.add(c.before() == null ? "—" : text.describe(s.prescribed()));
            after.add(text.describe(s.suggested()) + " (" + s.decision().label() + ")");
        }
        List<String> days = new ArrayList<>();
        for (SessionId id : c.basedOn()) {
            LocalDate day = made.cited().get(id);
            if (day != null) {
                days.add(Texts.SHORT.format(day));
            }
        }
        return new Row(c, Texts.day(c.date()) + " · " + c.name(), kind, String.join("\n", before),
                String.join("\n", after), c.reason(), days.isEmpty() ? "" : "Read: " + String.join(", ", days));
    }

    private static String describe(List<Prescription> rx, PrescriptionText text) {
        return String.join("\n", rx.stream().map(text::describe).toList());
    }

    /** Writes every change; {@code onDone} runs once it is saved. */
    public void acceptAll(Runnable onDone) {
        accept(rows.stream().map(r -> r.change().id()).toList(), onDone);
    }

    /** Writes the sessions ticked; {@code onDone} runs once they are saved. */
    public void acceptChosen(Runnable onDone) {
        accept(rows.stream().filter(r -> r.chosenProperty().get()).map(r -> r.change().id()).toList(), onDone);
    }

    private void accept(List<PlannedSessionId> chosen, Runnable onDone) {
        if (proposal == null || busy.get()) {
            return;
        }
        if (chosen.isEmpty() && proposal.replan().unchanged()) {
            onDone.run();
            return;
        }
        ReplanBlock.Proposal made = proposal;
        busy.set(true);
        executor.submit("Saving the re-plan", p -> data.acceptReplan(made.replan(), chosen), accepted -> {
            busy.set(false);
            onAccepted.accept(accepted);
            onDone.run();
        }, error -> {
            busy.set(false);
            message.set("Not saved: " + error.getMessage());
        });
    }

    /** True when the block has long runs still to come, so moving them is a preview worth offering. */
    public boolean hasLongRuns() {
        return block.plan().stream().anyMatch(p -> p.purpose() == Purpose.LONG_RUN && block.dateOf(p).isAfter(today));
    }

    /** "Skip next week (week 7)", or empty when there is no next week. */
    public String skipLabel() {
        return WeekRequest.nextWeek(block, today).map(w -> "Skip next week (week " + w + ")").orElse("");
    }

    public String title() {
        return "Re-plan " + block.name();
    }

    /** Day names for the long-run picker, in the block's week order. */
    public static String dayName(DayOfWeek day) {
        return day == null ? "as planned" : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty outlookProperty() {
        return outlook;
    }

    /** Why the goal is out of safe reach, or empty. */
    public StringProperty reachProperty() {
        return reach;
    }

    public StringProperty moveTextProperty() {
        return moveText;
    }

    public StringProperty lowerTextProperty() {
        return lowerText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** False when the re-plan moves the timeline, so only all of it can be accepted. */
    public BooleanProperty partialProperty() {
        return partial;
    }

    public BooleanProperty skipNextWeekProperty() {
        return skipNextWeek;
    }

    public ObjectProperty<DayOfWeek> longRunDayProperty() {
        return longRunDay;
    }

    public IntegerProperty addWeeksProperty() {
        return addWeeks;
    }

    public BooleanProperty lowerTargetProperty() {
        return lowerTarget;
    }

    /** Moves the goal date by the weeks the goal needs: the first choice offered for a goal out of reach. */
    public void moveGoalDate() {
        if (offered != null && offered.weeks() > 0) {
            addWeeks.set(offered.weeks());
        }
    }
}
