package app.overload.ui.blocks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.Exercise;
import app.overload.domain.Interval;
import app.overload.domain.InvalidValueException;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.PaceTarget;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Rpe;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One prescription as a form, in the user's units: sets × reps @ a load, a share of the training max or an RPE;
 * a distance or a time (or repeats) at a pace or in a zone; or time on an activity; with its progression rule.
 */
public final class PrescriptionForm {

    public enum Kind {
        STRENGTH, ENDURANCE, TIMED
    }

    /** How the sets of a strength prescription are loaded. */
    public enum LoadKind {
        FIXED, PERCENT_TM, RPE
    }

    /** How fast an endurance prescription goes. */
    public enum TargetKind {
        NONE, PACE, ZONE
    }

    private final UnitPreferences units;
    private final List<Exercise> catalogue;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.STRENGTH);
    private final ObjectProperty<Exercise> exercise = new SimpleObjectProperty<>(this, "exercise");
    private final ObjectProperty<LoadKind> loadKind = new SimpleObjectProperty<>(this, "loadKind", LoadKind.FIXED);
    private final ObservableList<SetInputs> sets = FXCollections.observableArrayList();
    private final ObjectProperty<Modality> modality = new SimpleObjectProperty<>(this, "modality", Modality.RUN);
    private final Field distance = new Field();
    private final Field duration = new Field();
    private final ObjectProperty<TargetKind> target = new SimpleObjectProperty<>(this, "target", TargetKind.NONE);
    private final Field pace = new Field();
    private final Field zone = new Field();
    private final ObservableList<IntervalInputs> intervals = FXCollections.observableArrayList();
    private final Field activity = new Field();
    private final Field effort = new Field();
    private final RuleInputs rule = new RuleInputs();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public PrescriptionForm(UnitPreferences units, List<Exercise> catalogue) {
        this.units = units;
        this.catalogue = List.copyOf(catalogue);
        // A choice made after a refusal answers it; field messages follow their own fields.
        exercise.addListener((obs, old, now) -> message.set(""));
        rule.kindProperty().addListener((obs, old, now) -> message.set(""));
        rule.nextProperty().addListener((obs, old, now) -> message.set(""));
        loadKind.addListener((obs, old, now) -> message.set(""));
    }

    public UnitPreferences units() {
        return units;
    }

    public List<Exercise> catalogue() {
        return catalogue;
    }

    /** A new prescription of {@code newKind}, with the defaults of its kind. */
    public void start(Kind newKind) {
        kind.set(newKind);
        exercise.set(null);
        loadKind.set(LoadKind.FIXED);
        sets.clear();
        for (int i = 0; i < (newKind == Kind.STRENGTH ? 3 : 0); i++) {
            addSet();
        }
        modality.set(Modality.RUN);
        distance.set("");
        duration.set("");
        target.set(TargetKind.NONE);
        pace.set("");
        zone.set("2");
        intervals.clear();
        activity.set("");
        effort.set("");
        rule.fill(newKind == Kind.STRENGTH ? ProgressionRule.Linear.standard(Mass.of(units.mass().smallestStep(),
                units.mass())) : new ProgressionRule.Hold(), units, catalogue);
        message.set("");
    }

    /** Fills the form from a prescription to change it. */
    public void fill(Prescription rx) {
        if (rx instanceof Prescription.Strength s) {
            start(Kind.STRENGTH);
            exercise.set(catalogue.stream().filter(e -> e.id().equals(s.exercise())).findFirst().orElse(null));
            PrescribedSet first = s.sets().get(0);
            loadKind.set(first.load() instanceof LoadTarget.PercentOfTrainingMax ? LoadKind.PERCENT_TM
                    : first.load() instanceof LoadTarget.AtRpe ? LoadKind.RPE : LoadKind.FIXED);
            sets.clear();
            for (PrescribedSet set : s.sets()) {
                SetInputs row = new SetInputs();
                row.reps().set(Integer.toString(set.reps()));
                row.kindProperty().set(set.kind());
                row.setRpeCap(set.rpeCap());
                if (set.load() instanceof LoadTarget.Fixed f) {
                    row.load().show(f.load(), units.targetNumber(f.load()));
                } else {
                    row.load().set(loadText(set.load()));
                }
                sets.add(row);
            }
        } else if (rx instanceof Prescription.Endurance e) {
            start(Kind.ENDURANCE);
            modality.set(e.modality());
            distance.set(e.distance() == null ? "" : UnitPreferences.number(e.distance().in(units.distance()), 2));
            duration.set(e.duration() == null ? "" : Durations.clock(e.duration()));
            if (e.target() instanceof PaceTarget.AtPace p) {
                target.set(TargetKind.PACE);
                pace.set(Parse.paceText(p.pace(), e.modality(), units.distance()));
            } else if (e.target() instanceof PaceTarget.InZone z) {
                target.set(TargetKind.ZONE);
                zone.set(Integer.toString(z.zone()));
            }
            for (Interval interval : e.intervals()) {
                IntervalInputs row = new IntervalInputs();
                row.repeats().set(Integer.toString(interval.repeats()));
                row.workMetres().set(metres(interval.workDistance()));
                row.workTime().set(clock(interval.workDuration()));
                row.recoveryMetres().set(metres(interval.recoveryDistance()));
                row.recoveryTime().set(clock(interval.recoveryDuration()));
                intervals.add(row);
            }
        } else {
            Prescription.Timed t = (Prescription.Timed) rx;
            start(Kind.TIMED);
            activity.set(t.activity());
            duration.set(Durations.clock(t.duration()));
            effort.set(t.effort() == null ? "" : t.effort().toString());
        }
        rule.fill(rx.rule(), units, catalogue);
    }

    private static String loadText(LoadTarget load) {
        if (load instanceof LoadTarget.PercentOfTrainingMax p) {
            return UnitPreferences.number(p.fraction() * 100, 1);
        }
        return ((LoadTarget.AtRpe) load).rpe().toString();
    }

    private static String metres(Distance d) {
        return d == null ? "" : UnitPreferences.number(d.metres(), 0);
    }

    private static String clock(Duration d) {
        return d == null ? "" : Durations.clock(d);
    }

    public void addSet() {
        SetInputs row = new SetInputs();
        if (!sets.isEmpty()) {
            SetInputs last = sets.get(sets.size() - 1);
            row.reps().set(last.reps().textProperty().get());
            row.load().set(last.load().textProperty().get());
        } else {
            row.reps().set("5");
        }
        sets.add(row);
    }

    public void removeSet() {
        if (sets.size() > 1) {
            sets.remove(sets.size() - 1);
        }
    }

    public void addInterval() {
        IntervalInputs row = new IntervalInputs();
        row.repeats().set("5");
        intervals.add(row);
    }

    public void removeInterval(IntervalInputs row) {
        intervals.remove(row);
    }

    /** The prescription, or empty with every refused field's message set and the first problem in the message. */
    public Optional<Prescription> build() {
        Check check = new Check();
        Prescription built = switch (kind.get()) {
            case STRENGTH -> strength(check);
            case ENDURANCE -> endurance(check);
            case TIMED -> timed(check);
        };
        message.set(check.ok() && built != null ? "" : check.first());
        return check.ok() ? Optional.ofNullable(built) : Optional.empty();
    }

    private Prescription strength(Check check) {
        if (exercise.get() == null) {
            check.fail("Choose the exercise.");
        }
        List<PrescribedSet> built = new ArrayList<>();
        for (SetInputs row : sets) {
            Integer reps = check.field(row.reps(), () -> Parse.whole(row.reps().value(), "reps"));
            LoadTarget load = check.field(row.load(), () -> load(row.load()));
            if (reps != null && load != null) {
                PrescribedSet set = check.field(row.reps(), () -> new PrescribedSet(reps, row.kindProperty().get(),
                        load, row.rpeCap()));
                if (set != null) {
                    built.add(set);
                }
            }
        }
        ProgressionRule r = rule.build(units, check);
        if (sets.isEmpty()) {
            check.fail("Add at least one set.");
        }
        if (loadKind.get() == LoadKind.PERCENT_TM && r != null && !(r instanceof ProgressionRule.TrainingMax)) {
            check.fail("Sets at a share of the training max need the training-max rule, which holds the max.");
        }
        if (!check.ok()) {
            return null;
        }
        return new Prescription.Strength(exercise.get().id(), built, r);
    }

    private LoadTarget load(Field field) {
        String text = field.value();
        return switch (loadKind.get()) {
            case FIXED -> new LoadTarget.Fixed(text.isEmpty() ? Mass.ZERO : Parse.mass(field, units.mass(), "load"));
            case PERCENT_TM -> new LoadTarget.PercentOfTrainingMax(Parse.number(text, "%TM") / 100);
            case RPE -> new LoadTarget.AtRpe(Parse.rpe(text, "RPE"));
        };
    }

    private Prescription endurance(Check check) {
        Distance d = distance.isBlank() ? null
                : check.field(distance, () -> Parse.distance(distance.value(), units.distance(), "distance"));
        Duration time = duration.isBlank() ? null : check.field(duration, () -> Parse.duration(duration.value(),
                "duration"));
        PaceTarget pt = null;
        if (target.get() == TargetKind.PACE) {
            pt = check.field(pace, () -> new PaceTarget.AtPace(Parse.pace(pace.value(), modality.get(),
                    units.distance())));
        } else if (target.get() == TargetKind.ZONE) {
            pt = check.field(zone, () -> new PaceTarget.InZone(Parse.whole(zone.value(), "zone")));
        }
        List<Interval> reps = new ArrayList<>();
        for (IntervalInputs row : intervals) {
            Interval interval = interval(row, check);
            if (interval != null) {
                reps.add(interval);
            }
        }
        ProgressionRule r = rule.build(units, check);
        if (!check.ok()) {
            return null;
        }
        PaceTarget paceTarget = pt;
        return check.field(distance, () -> new Prescription.Endurance(modality.get(), d, time, paceTarget, reps, r));
    }

    private Interval interval(IntervalInputs row, Check check) {
        Integer n = check.field(row.repeats(), () -> Parse.whole(row.repeats().value(), "repeats"));
        Distance work = row.workMetres().isBlank() ? null : check.field(row.workMetres(), () -> Distance.metres(
                Parse.number(row.workMetres().value(), "work distance")));
        Duration workTime = row.workTime().isBlank() ? null : check.field(row.workTime(),
                () -> Parse.duration(row.workTime().value(), "work time"));
        Distance rest = row.recoveryMetres().isBlank() ? null : check.field(row.recoveryMetres(),
                () -> Distance.metres(Parse.number(row.recoveryMetres().value(), "recovery distance")));
        Duration restTime = row.recoveryTime().isBlank() ? null : check.field(row.recoveryTime(),
                () -> Parse.duration(row.recoveryTime().value(), "recovery time"));
        if (n == null || !check.ok()) {
            return null;
        }
        return check.field(row.repeats(), () -> new Interval(n, work, workTime, rest, restTime));
    }

    private Prescription timed(Check check) {
        Duration time = check.field(duration, () -> Parse.duration(duration.value(), "duration"));
        Rpe rpe = effort.isBlank() ? null : check.field(effort, () -> Parse.rpe(effort.value(), "effort"));
        ProgressionRule r = rule.build(units, check);
        if (!check.ok()) {
            return null;
        }
        return check.field(activity, () -> {
            if (activity.isBlank()) {
                throw new InvalidValueException("activity", "Name the activity, such as yoga or stairs.");
            }
            return new Prescription.Timed(activity.value(), time, rpe, r);
        });
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Exercise> exerciseProperty() {
        return exercise;
    }

    public ObjectProperty<LoadKind> loadKindProperty() {
        return loadKind;
    }

    public ObservableList<SetInputs> sets() {
        return sets;
    }

    public ObjectProperty<Modality> modalityProperty() {
        return modality;
    }

    public Field distance() {
        return distance;
    }

    public Field duration() {
        return duration;
    }

    public ObjectProperty<TargetKind> targetProperty() {
        return target;
    }

    public Field pace() {
        return pace;
    }

    public Field zone() {
        return zone;
    }

    public ObservableList<IntervalInputs> intervals() {
        return intervals;
    }

    public Field activity() {
        return activity;
    }

    public Field effort() {
        return effort;
    }

    public RuleInputs rule() {
        return rule;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
