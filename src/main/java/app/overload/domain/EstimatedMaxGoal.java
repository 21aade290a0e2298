package app.overload.domain;

/** Reach an estimated one-rep max of {@code oneRepMax} in {@code exercise}, from any set. */
public record EstimatedMaxGoal(ExerciseId exercise, Mass oneRepMax) implements Goal {

    public EstimatedMaxGoal {
        Checks.required(exercise, "goal exercise");
        Checks.required(oneRepMax, "goal 1RM");
        if (oneRepMax.isZero()) {
            throw new InvalidValueException("goal 1RM", "Goal 1RM must be more than zero.");
        }
    }

    @Override
    public String describe(UnitPreferences units, ExerciseNames names) {
        return names.nameOf(exercise) + " e1RM " + units.formatTarget(oneRepMax);
    }
}
