package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;

import app.overload.domain.ExerciseId;

/** An exercise that has logged sets, for the exercise chooser: how often and how recently it was done. */
public record ExerciseSubject(ExerciseId exercise, String name, int entries, LocalDate last) {

    public ExerciseSubject {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(last, "last");
    }

    @Override
    public String toString() {
        return name;
    }
}
