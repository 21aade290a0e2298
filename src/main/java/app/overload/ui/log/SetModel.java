package app.overload.ui.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One set row of a strength entry: reps, load (in the user's unit), RPE, rest before it, kind, failed, done. */
public final class SetModel {

    private final Field reps;
    private final Field load;
    private final Field rpe;
    private final Field rest;
    private final ObjectProperty<SetKind> kind = new SimpleObjectProperty<>(this, "kind", SetKind.WORKING);
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed", false);
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done", false);
    /** When the set was ticked done: the rest timer runs from here. Not part of the draft. */
    private Instant doneAt;
    /**
     * The exact load the load field was last written with by the form (a logged set, a change of units) and that
     * text: while the text is left as it is, the set keeps this load, so 100 kg read as 220.5 lb is saved as 100 kg.
     */
    private Mass shownLoad;
    private String shownText;
    /**
     * The distance and time of a carry or hold loaded for editing. The form has no fields for them (it logs sets
     * for reps), so they are kept as they were: editing an imported farmer's walk must not lose its 40 m.
     */
    private Distance carriedDistance;
    private Duration carriedTime;
    /**
     * True while the rest field holds a proposal (from the plan or last time) rather than something timed or typed:
     * the rest timer then writes the rest it measured over it.
     */
    private boolean restProposed;
    private boolean proposing;
    /** True once anything of the set was typed, ticked or filled by something other than a proposal. */
    private boolean touched;
    /** The plates per side of this set's load, for a barbell lift: "25 · 15 per side"; empty otherwise. */
    private final ReadOnlyStringWrapper plates = new ReadOnlyStringWrapper(this, "plates", "");

    SetModel(Runnable onChange) {
        reps = new Field(onChange);
        load = new Field(onChange);
        rpe = new Field(onChange);
        rest = new Field(onChange);
        kind.addListener((obs, old, now) -> onChange.run());
        failed.addListener((obs, old, now) -> onChange.run());
        done.addListener((obs, old, now) -> onChange.run());
        rest.textProperty().addListener((obs, old, now) -> {
            if (!proposing) {
                restProposed = false;
            }
        });
        for (Field f : new Field[] {reps, load, rpe, rest}) {
            f.textProperty().addListener((obs, old, now) -> touch());
        }
        kind.addListener((obs, old, now) -> touch());
        failed.addListener((obs, old, now) -> touch());
        done.addListener((obs, old, now) -> touch());
    }

    private void touch() {
        if (!proposing) {
            touched = true;
        }
    }

    /** False while the set is empty or holds only what the form proposed: it may then be proposed afresh. */
    boolean touched() {
        return touched;
    }

    public Field reps() {
        return reps;
    }

    public Field load() {
        return load;
    }

    public Field rpe() {
        return rpe;
    }

    /** Rest taken before this set: filled by the rest timer, editable. */
    public Field rest() {
        return rest;
    }

    public ObjectProperty<SetKind> kindProperty() {
        return kind;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    /** Ticked when the set is done; ticking starts the rest timer. */
    public BooleanProperty doneProperty() {
        return done;
    }

    /** "25 · 15 per side" beside a barbell load; empty for other lifts and for a load not yet readable. */
    public ReadOnlyStringProperty platesProperty() {
        return plates.getReadOnlyProperty();
    }

    void plates(String text) {
        plates.set(text == null ? "" : text);
    }

    /** True while the rest field holds a proposal nobody timed or typed. */
    boolean restProposed() {
        return restProposed;
    }

    /**
     * Fills the set with values to lift, as editable text the lifter ticks off: reps, load (its exact value kept
     * while the text stays as shown), RPE, kind and the rest before it. Not done, not failed.
     *
     * @param load  the load to show, already as the lifter should read it
     * @param shown how it reads in the field
     * @param rest  the rest before the set, or null for none
     */
    void propose(int repsToDo, Mass load, String shown, Rpe setRpe, SetKind setKind, Duration restBefore) {
        boolean was = proposing;
        proposing = true;
        try {
            reps.set(Integer.toString(repsToDo));
            this.load.set(shown);
            shownLoad = load;
            shownText = shown;
            rpe.set(setRpe == null ? "" : setRpe.toString());
            proposeRest(restBefore);
            kind.set(setKind);
            failed.set(false);
            done.set(false);
        } finally {
            proposing = was;
        }
    }

    /** Writes a rest the lifter has not timed: the timer replaces it when it measures one. */
    void proposeRest(Duration restBefore) {
        boolean was = proposing;
        proposing = true;
        try {
            rest.set(restBefore == null ? "" : Inputs.durationText(restBefore));
            restProposed = restBefore != null;
        } finally {
            proposing = was;
        }
    }

    Instant doneAt() {
        return doneAt;
    }

    void doneAt(Instant at) {
        doneAt = at;
    }

    /** The next set as most lifters do it: same reps, load, RPE and kind, not yet done. */
    void copyFrom(SetModel other) {
        reps.set(other.reps.text());
        load.set(other.load.text());
        shownLoad = other.shownLoad;
        shownText = other.shownText;
        rpe.set(other.rpe.text());
        kind.set(other.kind.get() == SetKind.WARM_UP ? SetKind.WARM_UP : other.kind.get());
        load.hintProperty().set(other.load.hintProperty().get());
        rpe.hintProperty().set(other.rpe.hintProperty().get());
    }

    void fill(StrengthSet set, UnitPreferences units) {
        reps.set(Integer.toString(set.reps()));
        showLoad(set.load(), units);
        rpe.set(set.rpe() == null ? "" : set.rpe().toString());
        rest.set(set.restBefore() == null ? "" : Inputs.durationText(set.restBefore()));
        kind.set(set.kind());
        failed.set(set.failed());
        done.set(true);
        carriedDistance = set.distance();
        carriedTime = set.duration();
    }

    /** The set as a domain value, or null with messages at the fields that are not valid. */
    StrengthSet build(Validation v, MassUnit unit) {
        Integer r = v.field(reps, () -> {
            if (reps.isBlank()) {
                throw new InvalidValueException("reps", "Reps are required.");
            }
            // Checked here, not only by StrengthSet, so "0 reps" shows even while another field is wrong.
            return Checks.intInRange(Inputs.wholeNumber(reps.text(), "reps"),
                    failed.get() || carriedDistance != null || carriedTime != null ? 0 : 1, StrengthSet.MAX_REPS,
                    "reps");
        });
        Mass m = v.field(load, () -> {
            if (load.isBlank()) {
                throw new InvalidValueException("load", "Load is required (0 for body weight).");
            }
            return typedLoad(unit);
        });
        Rpe setRpe = rpe.isBlank() ? clear(rpe) : v.field(rpe, () -> Inputs.rpe(rpe.text(), "RPE"));
        Duration restBefore = rest.isBlank() ? clear(rest)
                : v.field(rest, () -> Inputs.duration(rest.text(), "rest", Inputs.Plain.SECONDS, true));
        if (r == null || m == null || (!rpe.isBlank() && setRpe == null) || (!rest.isBlank() && restBefore == null)) {
            return null;
        }
        return v.build(() -> new StrengthSet(r, m, setRpe, restBefore, kind.get(), failed.get(), carriedDistance,
                carriedTime),
                Map.of("reps", reps, "load", load, "RPE", rpe, "rest", rest), reps);
    }

    private void showLoad(Mass exact, UnitPreferences units) {
        String text = units.number(exact);
        load.set(text);
        shownLoad = exact;
        shownText = text;
    }

    /** The load in the field: the one the form wrote while its text is unchanged, else the text read in the unit. */
    Mass typedLoad(MassUnit unit) {
        return shownLoad != null && load.text().equals(shownText) ? shownLoad : Inputs.mass(load.text(), unit);
    }

    private static <T> T clear(Field field) {
        field.setError("");
        return null;
    }

    /** Re-writes the load typed in one unit in another, when the user switches units mid-session. */
    void convertUnits(UnitPreferences from, UnitPreferences to) {
        if (from.mass() == to.mass() || load.isBlank()) {
            return;
        }
        try {
            showLoad(typedLoad(from.mass()), to);
        } catch (IllegalArgumentException e) {
            // Not a number yet: leave what was typed; validation shows the message.
        }
    }
}
