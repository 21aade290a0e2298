package app.overload.domain;

import java.time.Duration;

/** Cover {@code distance} in {@code targetTime} or less, such as a half marathon in 1:45:00. */
public record EnduranceGoal(Modality modality, Distance distance, Duration targetTime) implements Goal {

    public EnduranceGoal {
        Checks.required(modality, "goal modality");
        Checks.required(distance, "goal distance");
        if (distance.isZero()) {
            throw new InvalidValueException("goal distance", "Goal distance must be more than zero.");
        }
        targetTime = Checks.positiveDuration(targetTime, "goal time");
    }

    public Pace targetPace() {
        return Pace.of(distance, targetTime);
    }

    @Override
    public String describe(UnitPreferences units, ExerciseNames names) {
        return modality.label() + " " + units.format(distance) + " in " + Durations.clock(targetTime);
    }
}
