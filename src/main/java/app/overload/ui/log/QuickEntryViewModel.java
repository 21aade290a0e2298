package app.overload.ui.log;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import app.overload.domain.Exercise;
import app.overload.domain.Session;
import app.overload.domain.SessionSummary;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.notation.NotationContext;
import app.overload.notation.Problem;
import app.overload.notation.Reading;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.LogSessions;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick-entry box above the log form: a session typed in one line (or several pasted), read on every key press;
 * what it was understood as, or the words at fault with what was expected; the closest names for an exercise the
 * catalogue lacks, and adding it once the user confirms. Enter puts the session into the form, Ctrl+S saves.
 */
public final class QuickEntryViewModel {

    /** The log form's side of the box ({@link QuickEntryHost}). */
    interface Host {
        /** Shows a session in the form while it is typed, unless the form holds something the user typed. */
        void preview(Reading.Understood reading);

        /** The box was emptied: a form that only showed the preview starts afresh. */
        void previewCleared();

        /**
         * Enter: the session goes into the form to be checked and saved. False when the form first asks whether to
         * discard what it holds: the box keeps the line until then.
         */
        boolean fill(Reading.Understood reading);

        /** Ctrl+S with one session: into the form, then saved as the form saves; false as for {@link #fill}. */
        boolean fillAndSave(Reading.Understood reading);

        /** Ctrl+S with several sessions: they were saved. */
        void saved(List<Session> sessions);

        void exerciseAdded(Exercise exercise);

        void say(String message);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final LogSessions log;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Host host;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper understood = new ReadOnlyStringWrapper(this, "understood", "");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyStringWrapper problemLine = new ReadOnlyStringWrapper(this, "problemLine", "");
    private final ReadOnlyIntegerWrapper problemFrom = new ReadOnlyIntegerWrapper(this, "problemFrom");
    private final ReadOnlyIntegerWrapper problemTo = new ReadOnlyIntegerWrapper(this, "problemTo");
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unknownExercise = new ReadOnlyStringWrapper(this, "unknownExercise", "");
    private final BooleanProperty confirmingNew = new SimpleBooleanProperty(this, "confirmingNew", false);
    private final ReadOnlyIntegerWrapper sessions = new ReadOnlyIntegerWrapper(this, "sessions", 0);
    private final ReadOnlyObjectWrapper<Reading.Understood> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanProperty busy;
    private final Supplier<UnitPreferences> units;
    private NotationContext context;
    private boolean saving;
    private LogSessions.Result result;
    private int caret;

    QuickEntryViewModel(LogSessions log, TaskExecutor executor, Clock clock, Supplier<UnitPreferences> units,
            ReadOnlyBooleanProperty busy, Host host) {
        this.log = log;
        this.units = units;
        this.executor = executor;
        this.clock = clock;
        this.busy = busy;
        this.host = host;
        text.addListener((obs, old, now) -> refresh());
    }

    /** What the box holds: one session a line, or sessions separated by blank lines. */
    public StringProperty textProperty() {
        return text;
    }

    /** "Workout · Mon 23 Nov, 18:00 · Back squat 5×5 @ 100 kg", "3 sessions: Ctrl+S saves them all", or empty. */
    public ReadOnlyStringProperty understoodProperty() {
        return understood.getReadOnlyProperty();
    }

    /** The first problem of what is typed, or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The line the problem is on, and where in it the words at fault start and end, to underline them. */
    public ReadOnlyStringProperty problemLineProperty() {
        return problemLine.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty problemFromProperty() {
        return problemFrom.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty problemToProperty() {
        return problemTo.getReadOnlyProperty();
    }

    /** Catalogue names close to an exercise the catalogue lacks. */
    public ObservableList<String> suggestions() {
        return suggestions;
    }

    /** The name of an exercise the catalogue lacks, as typed; empty when there is none. */
    public ReadOnlyStringProperty unknownExerciseProperty() {
        return unknownExercise.getReadOnlyProperty();
    }

    /** True while "add it to the catalogue?" is asked. */
    public ReadOnlyBooleanProperty confirmingNewProperty() {
        return confirmingNew;
    }

    /** How many sessions the text holds, read or not. */
    public ReadOnlyIntegerProperty sessionsProperty() {
        return sessions.getReadOnlyProperty();
    }

    /** The session the form previews: the one under the caret, when it reads. */
    public ReadOnlyObjectProperty<Reading.Understood> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Reads what lines are read against; the log form calls this each time it opens. */
    void open() {
        executor.submit("Reading the catalogue for quick entry", p -> log.context(LogSessions.Options.defaults()),
                read -> {
                    context = read;
                    refresh();
                }, error -> host.say("Quick entry is not available: " + error.getMessage()));
    }

    /** Where the caret is, so the form previews the session being typed when there are several. */
    public void caretAt(int position) {
        if (position != caret) {
            caret = position;
            choosePreview();
        }
    }

    /** Reads the text again. Runs on every key: it must stay quick (the benchmark measures it). */
    void refresh() {
        String typed = text.get() == null ? "" : text.get();
        if (context == null) {
            return;
        }
        confirmingNew.set(false);
        if (typed.isBlank()) {
            boolean emptied = result != null;
            result = null;
            sessions.set(0);
            understood.set("");
            showProblem(null, typed);
            preview.set(null);
            if (emptied) {
                host.previewCleared();
            }
            return;
        }
        context = context.at(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)).inUnits(units.get());
        result = LogSessions.read(typed, context);
        sessions.set(result.readings().size());
        List<Problem> problems = result.problems();
        showProblem(problems.isEmpty() ? null : problems.get(0), typed);
        understood.set(!problems.isEmpty() ? "" : result.readings().size() == 1 ? describe(result.sessions().get(0))
                : result.readings().size() + " sessions: Ctrl+S saves them all");
        choosePreview();
    }

    /** The form previews the session the caret is in, or the last one read before it. */
    private void choosePreview() {
        if (result == null) {
            return;
        }
        Reading.Understood chosen = null;
        for (Reading r : result.readings()) {
            if (r instanceof Reading.Understood u && (chosen == null || r.start() <= caret)) {
                chosen = u;
            }
        }
        if (chosen != null) {
            preview.set(chosen);
        }
    }

    /** "Workout · Mon 23 Nov, 18:00 · Back squat 5×5 @ 100 kg". */
    private String describe(Reading.Understood reading) {
        Session s = reading.session();
        String kind = s instanceof TrainingSession t ? "Training · " + reading.block().name() + " · "
                + t.purpose().label() : "Workout";
        return kind + " · " + WHEN.format(s.start()) + " · "
                + new SessionSummary(context.units(), context.catalogue().names()).describe(s);
    }

    private void showProblem(Problem p, String typed) {
        problem.set(p);
        suggestions.setAll(p == null ? List.of() : p.suggestions());
        unknownExercise.set(p == null || p.unknownExercise() == null ? "" : p.unknownExercise());
        if (p == null) {
            problemLine.set("");
            return;
        }
        int lineStart = typed.lastIndexOf('\n', Math.max(0, p.start() - 1)) + 1;
        if (p.start() == 0) {
            lineStart = 0;
        }
        int lineEnd = typed.indexOf('\n', p.start());
        String line = typed.substring(lineStart, lineEnd < 0 ? typed.length() : lineEnd);
        problemFrom.set(p.start() - lineStart);
        problemTo.set(Math.min(line.length(), p.end() - lineStart));
        problemLine.set(line);
    }

    /** Enter: puts the one session typed into the form and empties the box; false when there is no such session. */
    public boolean accept() {
        if (result == null || !result.understood() || result.readings().size() != 1) {
            return false;
        }
        if (host.fill(result.sessions().get(0))) {
            text.set("");
        }
        return true;
    }

    /** Ctrl+S while the box holds text: saves what it holds, or says what stops it. */
    public void save() {
        if (result == null || busy.get() || saving) {
            return;
        }
        if (!result.understood()) {
            host.say("Not saved: " + result.problems().get(0).describe());
            return;
        }
        if (result.readings().size() == 1) {
            if (host.fillAndSave(result.sessions().get(0))) {
                text.set("");
            }
            return;
        }
        LogSessions.Result all = result;
        saving = true;
        executor.submit("Saving " + all.readings().size() + " sessions", p -> log.save(all), saved -> {
            saving = false;
            text.set("");
            host.saved(saved.sessions());
        }, error -> {
            saving = false;
            host.say("Not saved: " + error.getMessage());
        });
    }

    /** Puts a suggested name where the unknown one was typed. */
    public void useSuggestion(String name) {
        Problem p = problem.get();
        String typed = text.get();
        if (p == null || p.unknownExercise() == null || p.end() > typed.length()) {
            return;
        }
        text.set(typed.substring(0, p.start()) + name + typed.substring(p.end()));
    }

    /** "Add as a new exercise…": asks first. */
    public void askToAdd() {
        if (!unknownExercise.get().isEmpty()) {
            confirmingNew.set(true);
        }
    }

    public void cancelAdd() {
        confirmingNew.set(false);
    }

    /** The user confirmed: the exercise joins the catalogue, named as typed, and the line is read again. */
    public void confirmAdd() {
        String name = unknownExercise.get();
        if (name.isEmpty()) {
            return;
        }
        confirmingNew.set(false);
        executor.submit("Adding " + name + " to the catalogue", p -> log.addExercise(name), added -> {
            context = context.withCatalogue(context.catalogue().with(added));
            host.exerciseAdded(added);
            host.say("Added " + added.name() + " to the catalogue.");
            refresh();
        }, error -> host.say("Not added: " + error.getMessage()));
    }

    /** The preview settled (the view waits a moment after the last key): the form shows it. */
    public void showPreview() {
        Reading.Understood shown = preview.get();
        if (shown != null && !text.get().isBlank()) {
            host.preview(shown);
        }
    }
}
