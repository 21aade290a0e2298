package app.overload.notation;

import app.overload.domain.ExerciseId;

/** An exercise a line names that the catalogue does not hold, read only where new exercises were allowed. */
public record NewExercise(ExerciseId id, String name) {
}
