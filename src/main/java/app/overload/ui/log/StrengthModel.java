package app.overload.ui.log;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * An exercise being logged: its sets, what was done last time, this week's target, and the rest timer that starts
 * when a set is ticked done.
 */
public final class StrengthModel extends EntryModel {

    private final ExerciseId exercise;
    private final String name;
    private final Duration defaultRest;
    private final Runnable onChange;
    private final Supplier<Instant> now;
    private final ObservableList<SetModel> sets = FXCollections.observableArrayList();
    private final Field setsMessage;
    private final ReadOnlyStringWrapper restTimer = new ReadOnlyStringWrapper(this, "restTimer", "");
    private Instant restEndsAt;
    /** Best recent e1RM from history (kg), for the heavy-set flag; null when the exercise has no history. */
    private Mass knownMax;
    /** True while sets are filled from a draft or a saved session: ticks then are history, not new rest. */
    private boolean filling;

    StrengthModel(Exercise exercise, Runnable onChange, Supplier<Instant> now) {
        this.exercise = exercise.id();
        this.name = exercise.name();
        this.defaultRest = exercise.defaultRest();
        this.onChange = onChange;
        this.now = now;
        this.setsMessage = new Field(() -> { });
        sets.addListener((ListChangeListener<SetModel>) c -> onChange.run());
    }

    public ExerciseId exercise() {
        return exercise;
    }

    public String name() {
        return name;
    }

    public ObservableList<SetModel> sets() {
        return sets;
    }

    /** Messages about the sets as a whole, such as "An exercise needs at least one set". */
    public Field setsMessage() {
        return setsMessage;
    }

    /** The countdown of the running rest ("1:45"), "Rest done" when it ran out, or empty. */
    public ReadOnlyStringProperty restTimerProperty() {
        return restTimer.getReadOnlyProperty();
    }

    public Duration defaultRest() {
        return defaultRest;
    }

    Mass knownMax() {
        return knownMax;
    }

    void knownMax(Mass value) {
        knownMax = value;
    }

    /** Adds an empty set (the first of a new exercise). */
    public SetModel addSet() {
        SetModel set = newSet();
        sets.add(set);
        return set;
    }

    /** Enter in a set row: a new set right after {@code previous}, copying it. */
    public SetModel addSetAfter(SetModel previous) {
        SetModel set = newSet();
        set.copyFrom(previous);
        int at = sets.indexOf(previous);
        sets.add(at < 0 ? sets.size() : at + 1, set);
        return set;
    }

    public void removeSet(SetModel set) {
        sets.remove(set);
    }

    private SetModel newSet() {
        SetModel set = new SetModel(onChange);
        set.doneProperty().addListener((obs, was, isDone) -> {
            if (isDone) {
                setDone(set);
            }
        });
        return set;
    }

    /**
     * A set ticked done: the rest since the previous ticked set is written into its rest field (unless the user
     * typed one), and the timer starts counting down this exercise's default rest.
     */
    private void setDone(SetModel set) {
        if (filling) {
            return;
        }
        Instant at = now.get();
        set.doneAt(at);
        SetModel previous = null;
        for (SetModel s : sets) {
            if (s == set) {
                break;
            }
            if (s.doneAt() != null) {
                previous = s;
            }
        }
        if (previous != null && set.rest().isBlank()) {
            Duration taken = Duration.between(previous.doneAt(), at);
            if (taken.toSeconds() >= 1) {
                set.rest().set(Inputs.durationText(taken));
            }
        }
        restEndsAt = at.plus(defaultRest);
        tick(at);
    }

    /** Called every second while the form shows, to move the countdown on. */
    void tick(Instant at) {
        if (restEndsAt == null) {
            restTimer.set("");
            return;
        }
        Duration left = Duration.between(at, restEndsAt);
        restTimer.set(left.isNegative() || left.isZero() ? "Rest done" : "Rest " + Inputs.durationText(left));
    }

    @Override
    ActivityEntry build(Validation v, UnitPreferences units) {
        if (sets.isEmpty()) {
            setsMessage.setError("Add at least one set (Enter in a set adds the next).");
            v.fail(name + ": " + setsMessage.error());
            return null;
        }
        setsMessage.setError("");
        List<StrengthSet> built = new ArrayList<>();
        for (SetModel s : sets) {
            built.add(s.build(v, units.mass()));
        }
        if (built.contains(null)) {
            return null;
        }
        try {
            return new StrengthEntry(exercise, built, notes());
        } catch (InvalidValueException e) {
            setsMessage.setError(e.getMessage());
            v.fail(name + ": " + e.getMessage());
            return null;
        }
    }

    void fill(StrengthEntry entry, UnitPreferences units) {
        filling = true;
        sets.clear();
        for (StrengthSet s : entry.sets()) {
            SetModel set = newSet();
            set.fill(s, units);
            sets.add(set);
        }
        setNotes(entry.notes());
        filling = false;
    }

    @Override
    void write(DraftText.Writer out, String prefix) {
        out.put(prefix + ".type", "strength").put(prefix + ".exercise", exercise.value())
                .put(prefix + ".notes", notes());
        for (int i = 0; i < sets.size(); i++) {
            SetModel s = sets.get(i);
            String p = prefix + ".set." + i;
            out.put(p + ".kind", s.kindProperty().get().name()).put(p + ".reps", s.reps()).put(p + ".load", s.load())
                    .put(p + ".rpe", s.rpe()).put(p + ".rest", s.rest())
                    .put(p + ".loadHint", s.load().hintProperty().get())
                    .put(p + ".failed", s.failedProperty().get() ? "true" : "")
                    .put(p + ".done", s.doneProperty().get() ? "true" : "");
        }
    }

    void read(DraftText.Reader in, String prefix) {
        filling = true;
        setNotes(in.get(prefix + ".notes"));
        int count = in.count(prefix + ".set", "kind");
        for (int i = 0; i < count; i++) {
            String p = prefix + ".set." + i;
            SetModel s = newSet();
            s.kindProperty().set(SetKind.valueOf(in.get(p + ".kind")));
            in.into(p + ".reps", s.reps());
            in.into(p + ".load", s.load());
            in.into(p + ".rpe", s.rpe());
            in.into(p + ".rest", s.rest());
            s.load().hintProperty().set(in.get(p + ".loadHint"));
            s.failedProperty().set(in.has(p + ".failed"));
            s.doneProperty().set(in.has(p + ".done"));
            sets.add(s);
        }
        filling = false;
    }

    @Override
    void convertUnits(UnitPreferences from, UnitPreferences to) {
        sets.forEach(s -> s.convertUnits(from, to));
    }
}
