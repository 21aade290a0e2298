package app.overload.domain;

/** What a training block aims at by its goal date. */
public sealed interface Goal permits StrengthGoal, EstimatedMaxGoal, EnduranceGoal, MeasurableGoal {

    /** A short description such as "Back squat 140 kg × 5" or "Half marathon in 1:45:00". */
    String describe(UnitPreferences units, ExerciseNames names);
}
