package app.overload.ui.blocks;

import java.time.Duration;
import java.util.List;

import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Modality;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A block's goal as a form: a lift, an estimated max, a race time, or another measurable target with a unit. */
public final class GoalInputs {

    public enum Kind {
        STRENGTH("Lift"), ESTIMATED_MAX("Estimated max"), ENDURANCE("Race"), MEASURABLE("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.STRENGTH);
    private final ObjectProperty<Exercise> exercise = new SimpleObjectProperty<>(this, "exercise");
    private final Field load = new Field();
    private final Field reps = new Field();
    private final ObjectProperty<Modality> modality = new SimpleObjectProperty<>(this, "modality", Modality.RUN);
    private final Field distance = new Field();
    private final Field time = new Field();
    private final Field description = new Field();
    private final Field target = new Field();
    private final Field unit = new Field();
    private final BooleanProperty higherIsBetter = new SimpleBooleanProperty(this, "higherIsBetter", true);

    GoalInputs() {
        reps.set("5");
    }

    /** Puts a goal into the fields, in the user's units. */
    void fill(Goal goal, UnitPreferences units, List<Exercise> catalogue) {
        if (goal instanceof StrengthGoal g) {
            kind.set(Kind.STRENGTH);
            exercise.set(find(catalogue, g.exercise()));
            load.show(g.load(), units.targetNumber(g.load()));
            reps.set(Integer.toString(g.reps()));
        } else if (goal instanceof EstimatedMaxGoal g) {
            kind.set(Kind.ESTIMATED_MAX);
            exercise.set(find(catalogue, g.exercise()));
            load.show(g.oneRepMax(), units.targetNumber(g.oneRepMax()));
        } else if (goal instanceof EnduranceGoal g) {
            kind.set(Kind.ENDURANCE);
            modality.set(g.modality());
            distance.set(UnitPreferences.number(g.distance().in(units.distance()), 3));
            time.set(Durations.clock(g.targetTime()));
        } else {
            MeasurableGoal g = (MeasurableGoal) goal;
            kind.set(Kind.MEASURABLE);
            description.set(g.description());
            target.set(UnitPreferences.number(g.target(), 2));
            unit.set(g.unit());
            higherIsBetter.set(g.higherIsBetter());
        }
    }

    private static Exercise find(List<Exercise> catalogue, ExerciseId id) {
        return catalogue.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** The goal, or null with the fields' messages set. */
    Goal build(UnitPreferences units, Check check) {
        switch (kind.get()) {
            case STRENGTH -> {
                if (exercise.get() == null) {
                    check.fail("Choose the goal's exercise.");
                    return null;
                }
                var mass = check.field(load, () -> Parse.mass(load, units.mass(), "goal load"));
                Integer r = check.field(reps, () -> Parse.whole(reps.value(), "goal reps"));
                return mass == null || r == null ? null
                        : check.field(load, () -> new StrengthGoal(exercise.get().id(), mass, r));
            }
            case ESTIMATED_MAX -> {
                if (exercise.get() == null) {
                    check.fail("Choose the goal's exercise.");
                    return null;
                }
                var mass = check.field(load, () -> Parse.mass(load, units.mass(), "goal 1RM"));
                return mass == null ? null : check.field(load, () -> new EstimatedMaxGoal(exercise.get().id(), mass));
            }
            case ENDURANCE -> {
                var d = check.field(distance, () -> Parse.distance(distance.value(), units.distance(),
                        "goal distance"));
                Duration t = check.field(time, () -> Parse.duration(time.value(), "goal time"));
                return d == null || t == null ? null : check.field(time, () -> {
                    // The same plausibility as a logged race: a 5 km in 2:00 is a typing error.
                    EnduranceEntry.of(modality.get(), d, t);
                    return new EnduranceGoal(modality.get(), d, t);
                });
            }
            default -> {
                Double value = check.field(target, () -> Parse.number(target.value(), "target"));
                if (description.isBlank()) {
                    check.field(description, () -> {
                        throw new InvalidValueException("goal description", "Say what is measured, such as "
                                + "\"plank\" or \"pull-ups in one set\".");
                    });
                    return null;
                }
                return value == null ? null : check.field(description, () -> new MeasurableGoal(description.value(),
                        value, unit.value(), higherIsBetter.get()));
            }
        }
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Exercise> exerciseProperty() {
        return exercise;
    }

    /** The goal load, or the 1RM of an estimated-max goal. */
    public Field load() {
        return load;
    }

    public Field reps() {
        return reps;
    }

    public ObjectProperty<Modality> modalityProperty() {
        return modality;
    }

    public Field distance() {
        return distance;
    }

    public Field time() {
        return time;
    }

    public Field description() {
        return description;
    }

    public Field target() {
        return target;
    }

    public Field unit() {
        return unit;
    }

    public BooleanProperty higherIsBetterProperty() {
        return higherIsBetter;
    }

    List<Field> inputs() {
        return List.of(load, reps, distance, time, description, target, unit);
    }
}
