package app.overload.domain;

/**
 * Any other target that can be measured: "plank" 180 "s", "pull-ups in one set" 15 "reps".
 *
 * @param higherIsBetter false for targets such as a time to beat
 */
public record MeasurableGoal(String description, double target, String unit, boolean higherIsBetter)
        implements Goal {

    public MeasurableGoal {
        description = Checks.name(description, "goal description");
        Checks.finiteInRange(target, 0, 1e9, "goal target", unit == null ? "" : unit);
        unit = Checks.optionalName(unit, "goal unit");
    }

    @Override
    public String describe(UnitPreferences units, ExerciseNames names) {
        return description + " " + UnitPreferences.number(target, 2) + (unit.isEmpty() ? "" : " " + unit);
    }
}
