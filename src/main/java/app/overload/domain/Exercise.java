package app.overload.domain;

import java.time.Duration;

/**
 * An entry of the exercise catalogue: its name, pattern, the load increment used when it progresses, the rest
 * the rest timer starts with, and the next, harder exercise in its progression (split squat → goblet squat →
 * back squat), if any.
 *
 * @param progressesTo the next exercise in the chain, or null at the top of it
 */
public record Exercise(ExerciseId id, String name, MovementPattern pattern, BodyRegion region, Mass increment,
        Duration defaultRest, ExerciseId progressesTo) {

    public Exercise {
        Checks.required(id, "exercise key");
        name = Checks.name(name, "exercise name");
        Checks.required(pattern, "movement pattern");
        Checks.required(region, "body region");
        Checks.required(increment, "increment");
        if (increment.kilograms() > 50) {
            throw new InvalidValueException("increment", "Increment must be at most 50 kg.");
        }
        defaultRest = Checks.nonNegativeDuration(defaultRest, "default rest");
        if (id.equals(progressesTo)) {
            throw new InvalidValueException("progresses to", "An exercise cannot progress to itself.");
        }
    }
}
