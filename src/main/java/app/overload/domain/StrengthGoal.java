package app.overload.domain;

/** Lift {@code load} for {@code reps} reps in one set of {@code exercise}. */
public record StrengthGoal(ExerciseId exercise, Mass load, int reps) implements Goal {

    public StrengthGoal {
        Checks.required(exercise, "goal exercise");
        Checks.required(load, "goal load");
        if (load.isZero()) {
            throw new InvalidValueException("goal load", "Goal load must be more than zero.");
        }
        Checks.intInRange(reps, 1, 100, "goal reps");
    }

    @Override
    public String describe(UnitPreferences units, ExerciseNames names) {
        return names.nameOf(exercise) + " " + units.formatTarget(load) + " × " + reps;
    }
}
