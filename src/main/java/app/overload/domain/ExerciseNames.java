package app.overload.domain;

/** Looks up the display name of an exercise; falls back to the key when the catalogue does not know it. */
@FunctionalInterface
public interface ExerciseNames {

    String nameOf(ExerciseId id);

    static ExerciseNames keysOnly() {
        return ExerciseId::value;
    }
}
