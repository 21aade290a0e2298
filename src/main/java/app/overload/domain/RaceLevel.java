package app.overload.domain;

import java.time.Duration;

/** A recent race or time trial, such as 5 km in 25:00. */
public record RaceLevel(Modality modality, Distance distance, Duration time) implements CurrentLevel {

    public RaceLevel {
        Checks.required(modality, "modality");
        Checks.required(distance, "distance");
        if (distance.isZero()) {
            throw new InvalidValueException("distance", "Race distance must be more than zero.");
        }
        time = Checks.positiveDuration(time, "race time");
        // Validates plausibility the same way a logged entry does.
        EnduranceEntry.of(modality, distance, time);
    }
}
