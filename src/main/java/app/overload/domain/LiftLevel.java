package app.overload.domain;

/** A recent lift the athlete completed, such as 5 × 5 at 80 kg in the back squat. */
public record LiftLevel(ExerciseId exercise, int sets, int reps, Mass load) implements CurrentLevel {

    public LiftLevel {
        Checks.required(exercise, "exercise");
        Checks.intInRange(sets, 1, 20, "sets");
        Checks.intInRange(reps, 1, 100, "reps");
        Checks.required(load, "load");
    }
}
