package app.overload.ui.log;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Checks;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseNames;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TimedEntry;
import app.overload.store.Logbook;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The routines of the Log section: listed by name, started (the form fills from them), saved from the session in
 * the form, replaced by it, renamed and deleted. Every write runs in the background, one transaction each; what
 * happened, or why not, is in {@link #messageProperty()}.
 */
public final class LogRoutines {

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final Supplier<List<ActivityEntry>> formEntries;
    private final Supplier<String> formProblem;
    private final Consumer<Routine> start;
    private final ObservableList<Routine> all = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The routine written last (saved, replaced or renamed), so the list can show it chosen. */
    private final ReadOnlyObjectWrapper<Routine> written =
            new ReadOnlyObjectWrapper<>(this, "written");

    /**
     * @param formEntries the entries the form holds, or null while one of them is not valid (or there are none)
     * @param formProblem why there are none to take
     * @param start       fills the form from a routine
     */
    LogRoutines(Logbook logbook, TaskExecutor executor, Supplier<List<ActivityEntry>> formEntries,
            Supplier<String> formProblem, Consumer<Routine> start) {
        this.logbook = logbook;
        this.executor = executor;
        this.formEntries = formEntries;
        this.formProblem = formProblem;
        this.start = start;
    }

    /** Every routine, by name. */
    public ObservableList<Routine> all() {
        return all;
    }

    /** The routine saved, replaced or renamed last; null until one is. */
    public ReadOnlyObjectProperty<Routine> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** "Saved the routine "Upper A".", or why something was not done; empty at first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void show(List<Routine> routines) {
        all.setAll(routines);
    }

    /** Reads the routines again, for a list that may have changed elsewhere (an import). */
    public void reload() {
        executor.submit("Reading the routines", p -> logbook.routines().all(), this::show,
                error -> message.set("The routines could not be read: " + error.getMessage()));
    }

    /** Fills the form from the routine: each exercise from the last time it was done, else as the routine has it. */
    public void start(Routine routine) {
        if (routine != null) {
            message.set("");
            start.accept(routine);
        }
    }

    /** Saves the session in the form as a new routine called {@code name}. */
    public void saveNew(String name) {
        List<ActivityEntry> entries = formEntries.get();
        if (entries == null) {
            message.set("Not saved as a routine: " + problem());
            return;
        }
        String wanted;
        try {
            wanted = Checks.name(name, "routine name");
        } catch (InvalidValueException e) {
            message.set("Not saved as a routine: " + e.getMessage());
            return;
        }
        if (all.stream().anyMatch(r -> r.name().equalsIgnoreCase(wanted))) {
            message.set("A routine named \"" + wanted + "\" already exists: choose another name, or choose it in the "
                    + "list and replace it.");
            return;
        }
        write(new Routine(RoutineId.random(), wanted, entries), "Saved the routine \"" + wanted + "\".");
    }

    /** Replaces what {@code routine} holds with the session in the form, keeping its name. */
    public void replace(Routine routine) {
        List<ActivityEntry> entries = formEntries.get();
        if (routine == null) {
            return;
        }
        if (entries == null) {
            message.set("\"" + routine.name() + "\" was not replaced: " + problem());
            return;
        }
        write(new Routine(routine.id(), routine.name(), entries), "\"" + routine.name()
                + "\" now holds the session in the form.");
    }

    public void rename(Routine routine, String name) {
        if (routine == null) {
            return;
        }
        String wanted;
        try {
            wanted = Checks.name(name, "routine name");
        } catch (InvalidValueException e) {
            message.set("Not renamed: " + e.getMessage());
            return;
        }
        if (all.stream().anyMatch(r -> !r.id().equals(routine.id()) && r.name().equalsIgnoreCase(wanted))) {
            message.set("Not renamed: another routine is called \"" + wanted + "\".");
            return;
        }
        write(routine.renamed(wanted), "Renamed \"" + routine.name() + "\" to \"" + wanted + "\".");
    }

    public void delete(Routine routine) {
        if (routine == null) {
            return;
        }
        executor.submit("Deleting the routine " + routine.name(), p -> {
            logbook.routines().delete(routine.id());
            return logbook.routines().all();
        }, routines -> {
            show(routines);
            message.set("Deleted the routine \"" + routine.name() + "\".");
        }, error -> message.set("\"" + routine.name() + "\" was not deleted: " + error.getMessage()));
    }

    private void write(Routine routine, String done) {
        executor.submit("Saving the routine " + routine.name(), p -> {
            logbook.routines().save(routine);
            return logbook.routines().all();
        }, routines -> {
            show(routines);
            written.set(routines.stream().filter(r -> r.id().equals(routine.id())).findFirst().orElse(null));
            message.set(done);
        }, error -> message.set("The routine was not saved: " + error.getMessage()));
    }

    private String problem() {
        String why = formProblem.get();
        return why == null || why.isEmpty() ? "add an exercise or an activity first." : "the form is not ready ("
                + why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1) + ")";
    }

    /** "Bench press, Overhead press, Run, Core circuit": what a routine holds, in order. */
    public static String contents(Routine routine, ExerciseNames names) {
        return String.join(", ", routine.entries().stream().map(e -> what(e, names)).toList());
    }

    private static String what(ActivityEntry e, ExerciseNames names) {
        if (e instanceof StrengthEntry s) {
            return names.nameOf(s.exercise());
        }
        if (e instanceof EnduranceEntry en) {
            return en.modality().label();
        }
        return ((TimedEntry) e).activity();
    }
}
