package app.overload.ui.blocks;

import java.util.List;
import java.util.function.Supplier;

import app.overload.domain.Distance;
import app.overload.domain.Exercise;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.ProgressionRule;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The progression rule of a prescription as a form: which rule, and its numbers in the user's units. Defaults
 * follow TRAINING-RULES.md (2.5 kg or 5 lb steps, three misses before a 10 % deload, 8–12 reps, 3 % faster).
 */
public final class RuleInputs {

    /** The rules, as the form offers them. */
    public enum Kind {
        LINEAR("Linear: add weight after each good session"),
        DOUBLE("Double progression: reps, then weight"),
        RPE("By RPE: load from recent sets"),
        TRAINING_MAX("Training max (5/3/1)"),
        CHAIN("Climb, then move to a harder exercise"),
        ENDURANCE("Endurance: faster or longer, one at a time"),
        HOLD("Hold: stays as written");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final List<Kind> STRENGTH = List.of(Kind.LINEAR, Kind.DOUBLE, Kind.RPE, Kind.TRAINING_MAX, Kind.CHAIN,
            Kind.HOLD);
    static final List<Kind> OTHER = List.of(Kind.ENDURANCE, Kind.HOLD);

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.LINEAR);
    private final Field increment = new Field();
    private final Field failures = new Field();
    private final Field deloadPercent = new Field();
    private final Field minReps = new Field();
    private final Field maxReps = new Field();
    private final Field trainingMax = new Field();
    private final ObjectProperty<Exercise> next = new SimpleObjectProperty<>(this, "next");
    private final Field chainSets = new Field();
    private final Field chainReps = new Field();
    private final Field criterion = new Field();
    private final Field paceStepPercent = new Field();
    private final Field distanceStep = new Field();

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public Field increment() {
        return increment;
    }

    public Field failures() {
        return failures;
    }

    public Field deloadPercent() {
        return deloadPercent;
    }

    public Field minReps() {
        return minReps;
    }

    public Field maxReps() {
        return maxReps;
    }

    public Field trainingMax() {
        return trainingMax;
    }

    public ObjectProperty<Exercise> nextProperty() {
        return next;
    }

    public Field chainSets() {
        return chainSets;
    }

    public Field chainReps() {
        return chainReps;
    }

    public Field criterion() {
        return criterion;
    }

    public Field paceStepPercent() {
        return paceStepPercent;
    }

    public Field distanceStep() {
        return distanceStep;
    }

    /** Fills every field with its default, then the rule's own numbers. */
    void fill(ProgressionRule rule, UnitPreferences units, List<Exercise> catalogue) {
        String step = UnitPreferences.number(units.mass().smallestStep(), 2);
        increment.set(step);
        failures.set("3");
        deloadPercent.set("10");
        minReps.set("8");
        maxReps.set("12");
        trainingMax.set("");
        next.set(null);
        chainSets.set("3");
        chainReps.set("10");
        criterion.set("");
        paceStepPercent.set("3");
        distanceStep.set("1");
        if (rule instanceof ProgressionRule.Linear l) {
            kind.set(Kind.LINEAR);
            increment.show(l.increment(), units.number(units.increment(l.increment())));
            failures.set(Integer.toString(l.failuresBeforeDeload()));
            deloadPercent.set(UnitPreferences.number(l.deloadFraction() * 100, 1));
        } else if (rule instanceof ProgressionRule.DoubleProgression d) {
            kind.set(Kind.DOUBLE);
            minReps.set(Integer.toString(d.minReps()));
            maxReps.set(Integer.toString(d.maxReps()));
            increment.show(d.increment(), units.number(units.increment(d.increment())));
        } else if (rule instanceof ProgressionRule.RpeBased r) {
            kind.set(Kind.RPE);
            increment.show(r.roundingStep(), units.number(units.increment(r.roundingStep())));
        } else if (rule instanceof ProgressionRule.TrainingMax t) {
            kind.set(Kind.TRAINING_MAX);
            trainingMax.show(t.trainingMax(), units.targetNumber(t.trainingMax()));
            increment.show(t.increment(), units.number(units.increment(t.increment())));
        } else if (rule instanceof ProgressionRule.ExerciseChain c) {
            kind.set(Kind.CHAIN);
            next.set(catalogue.stream().filter(e -> e.id().equals(c.next())).findFirst().orElse(null));
            chainSets.set(Integer.toString(c.sets()));
            chainReps.set(Integer.toString(c.reps()));
            criterion.show(c.criterionLoad(), units.targetNumber(c.criterionLoad()));
            increment.show(c.increment(), units.number(units.increment(c.increment())));
        } else if (rule instanceof ProgressionRule.Endurance e) {
            kind.set(Kind.ENDURANCE);
            paceStepPercent.set(UnitPreferences.number(e.paceStep() * 100, 1));
            distanceStep.set(UnitPreferences.number(e.distanceStep().in(units.distance()), 2));
        } else {
            kind.set(Kind.HOLD);
        }
    }

    /** The rule, or null with the failing field's message set. */
    ProgressionRule build(UnitPreferences units, Check check) {
        Kind k = kind.get();
        if (k == null) {
            check.fail("Choose how the prescription progresses.");
            return null;
        }
        switch (k) {
            case LINEAR -> {
                Mass inc = check.field(increment, () -> Parse.mass(increment, units.mass(), "increment"));
                Integer n = check.field(failures, () -> Parse.whole(failures.value(), "misses before a deload"));
                Double d = check.field(deloadPercent, () -> Parse.number(deloadPercent.value(), "deload") / 100);
                return rule(check, deloadPercent, () -> new ProgressionRule.Linear(inc, n, d), inc, n, d);
            }
            case DOUBLE -> {
                Integer min = check.field(minReps, () -> Parse.whole(minReps.value(), "minimum reps"));
                Integer max = check.field(maxReps, () -> Parse.whole(maxReps.value(), "maximum reps"));
                Mass inc = check.field(increment, () -> Parse.mass(increment, units.mass(), "increment"));
                return rule(check, maxReps, () -> new ProgressionRule.DoubleProgression(min, max, inc), min, max, inc);
            }
            case RPE -> {
                Mass step = check.field(increment, () -> Parse.mass(increment, units.mass(), "rounding step"));
                return rule(check, increment, () -> new ProgressionRule.RpeBased(step), step);
            }
            case TRAINING_MAX -> {
                Mass tm = check.field(trainingMax, () -> positive(Parse.mass(trainingMax, units.mass(),
                        "training max"), "training max"));
                Mass inc = check.field(increment, () -> Parse.mass(increment, units.mass(), "increment"));
                return rule(check, trainingMax, () -> new ProgressionRule.TrainingMax(tm, inc), tm, inc);
            }
            case CHAIN -> {
                if (next.get() == null) {
                    check.fail("Choose the harder exercise to move on to.");
                    return null;
                }
                Integer sets = check.field(chainSets, () -> Parse.whole(chainSets.value(), "criterion sets"));
                Integer reps = check.field(chainReps, () -> Parse.whole(chainReps.value(), "criterion reps"));
                Mass load = check.field(criterion, () -> Parse.mass(criterion, units.mass(), "criterion load"));
                Mass inc = check.field(increment, () -> Parse.mass(increment, units.mass(), "increment"));
                return rule(check, chainSets, () -> new ProgressionRule.ExerciseChain(next.get().id(), sets, reps,
                        load, inc), sets, reps, load, inc);
            }
            case ENDURANCE -> {
                Double pace = check.field(paceStepPercent, () -> Parse.number(paceStepPercent.value(), "pace step")
                        / 100);
                Distance d = check.field(distanceStep, () -> Distance.of(Parse.number(distanceStep.value(),
                        "distance step"), units.distance()));
                return rule(check, paceStepPercent, () -> new ProgressionRule.Endurance(pace, d), pace, d);
            }
            default -> {
                return new ProgressionRule.Hold();
            }
        }
    }

    private static Mass positive(Mass mass, String field) {
        if (mass.isZero()) {
            throw new InvalidValueException(field, Parse.capital(field) + " must be more than zero.");
        }
        return mass;
    }

    /** Builds the rule once its parts were read; the rule's own checks report on {@code where}. */
    private static ProgressionRule rule(Check check, Field where, Supplier<ProgressionRule> make,
            Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                return null;
            }
        }
        return check.field(where, make);
    }
}
