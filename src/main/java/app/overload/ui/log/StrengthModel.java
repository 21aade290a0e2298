package app.overload.ui.log;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Barbells;
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
    private final ReadOnlyStringWrapper warmUpOffer = new ReadOnlyStringWrapper(this, "warmUpOffer", "");
    private final boolean barbell;
    /** The warm-up sets offered for this lift (see {@link #warmUpOfferProperty()}); empty when none is. */
    private List<StrengthSet> warmUps = List.of();
    /** Set when the exercise was just added to a workout: the sets fill from last time once it is read. */
    private boolean fillFromLastTime;
    private Instant restEndsAt;
    /** Best recent e1RM from history (kg), for the heavy-set flag; null when the exercise has no history. */
    private Mass knownMax;
    /** True while sets are filled from a draft or a saved session: ticks then are history, not new rest. */
    private boolean filling;

    StrengthModel(Exercise exercise, Runnable onChange, Supplier<Instant> now) {
        this.exercise = exercise.id();
        this.name = exercise.name();
        this.defaultRest = exercise.defaultRest();
        this.barbell = Barbells.loadsABar(exercise);
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

    /** True for a lift loaded on a barbell: its sets show the plates, and it can be offered warm-ups. */
    public boolean barbell() {
        return barbell;
    }

    /**
     * "Warm-up: bar × 10 · 40 × 5 · 60 × 3 · 80 × 1 kg" while warm-ups are offered for this lift (the first heavy
     * barbell lift of the session, with none logged yet); empty otherwise.
     */
    public ReadOnlyStringProperty warmUpOfferProperty() {
        return warmUpOffer.getReadOnlyProperty();
    }

    void offerWarmUps(List<StrengthSet> sets, String text) {
        warmUps = List.copyOf(sets);
        warmUpOffer.set(sets.isEmpty() ? "" : text);
    }

    /** Puts the offered warm-up sets before the first set; returns the first of them, or null when none was offered. */
    SetModel addWarmUps(UnitPreferences units) {
        if (warmUps.isEmpty()) {
            return null;
        }
        List<SetModel> added = new ArrayList<>();
        for (StrengthSet w : warmUps) {
            SetModel set = newSet();
            set.propose(w.reps(), w.load(), units.number(w.load()), null, SetKind.WARM_UP, null);
            added.add(set);
        }
        int at = 0;
        while (at < sets.size() && sets.get(at).kindProperty().get() == SetKind.WARM_UP) {
            at++;
        }
        sets.addAll(at, added);
        offerWarmUps(List.of(), "");
        return added.get(0);
    }

    boolean hasWarmUps() {
        return sets.stream().anyMatch(s -> s.kindProperty().get() == SetKind.WARM_UP);
    }

    /** True when the lifter has not typed or ticked anything yet: the sets are empty or only proposals. */
    boolean untouched() {
        return sets.stream().noneMatch(SetModel::touched);
    }

    void fillFromLastTime(boolean wanted) {
        fillFromLastTime = wanted;
    }

    boolean fillsFromLastTime() {
        return fillFromLastTime;
    }

    /**
     * Replaces the sets with last time's lifts, as values to lift again (not done): reps, load as it was logged,
     * RPE, kind and rest. Carries and holds are not proposed: the form has no fields for their distance or time.
     */
    void proposeAgain(List<StrengthSet> last, UnitPreferences units) {
        List<SetModel> proposed = new ArrayList<>();
        for (StrengthSet s : last) {
            if (s.isLift() && s.reps() > 0) {
                SetModel set = newSet();
                set.propose(s.reps(), s.load(), units.number(s.load()), s.rpe(), s.kind(), s.restBefore());
                proposed.add(set);
            }
        }
        if (!proposed.isEmpty()) {
            sets.setAll(proposed);
        }
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
        if (previous != null && (set.rest().isBlank() || set.restProposed())) {
            Duration taken = Duration.between(previous.doneAt(), at);
            if (taken.toSeconds() >= 1) {
                set.rest().set(Inputs.durationText(taken));
            }
        }
        restEndsAt = at.plus(restAfter(set));
        tick(at);
    }

    /** The rest to count down after {@code set}: what the next set proposes, else the exercise's default. */
    private Duration restAfter(SetModel set) {
        int at = sets.indexOf(set);
        if (at >= 0 && at + 1 < sets.size() && sets.get(at + 1).restProposed()) {
            try {
                Duration planned = Inputs.duration(sets.get(at + 1).rest().text(), "rest", Inputs.Plain.SECONDS,
                        true);
                if (!planned.isZero()) {
                    return planned;
                }
            } catch (IllegalArgumentException e) {
                // not readable: the default rest it is
            }
        }
        return defaultRest;
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
