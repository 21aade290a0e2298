package app.overload.exchange;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The shape of a block file, one record per JSON object, exactly as documented in {@code docs/block-format.md}.
 * These records are the file's contract and nothing else: they hold plain strings and numbers (so a bad value is
 * reported by our own mapping, with its path) and never domain types. Objects that come in several kinds carry a
 * plain {@code kind} string and the union of the kinds' fields; the mapping switches on the string. Units are in
 * the key names: {@code Kg}, {@code M} (metres), {@code S} (seconds), {@code SPerKm}; since 1.1 a load may be given
 * in pounds instead ({@code Lb}), one of the two keys per load.
 */
@JsonPropertyOrder({"format", "version", "units", "block", "exercises", "plan", "sessions", "routines"})
record BlockDocument(String format, String version, UnitsJson units, BlockJson block, List<ExerciseJson> exercises,
        List<PlannedJson> plan, List<SessionJson> sessions, List<RoutineJson> routines) {

    /** A named workout to start from (format 1.2); its entries are written as a session's are. */
    @JsonPropertyOrder({"id", "name", "entries"})
    record RoutineJson(String id, String name, List<EntryJson> entries) {
    }

    /** The author's units (1.1): mass kg | lb, distance km | mi. Absent in 1.0 files, which are kg and km. */
    @JsonPropertyOrder({"mass", "distance"})
    record UnitsJson(String mass, String distance) {
    }

    @JsonPropertyOrder({"id", "name", "goal", "start", "goalDate", "weeks", "phases", "deloadWeeks", "taperWeeks",
            "currentLevels", "notes", "outcome"})
    record BlockJson(String id, String name, GoalJson goal, String start, String goalDate, Integer weeks,
            List<PhaseJson> phases, List<Integer> deloadWeeks, List<Integer> taperWeeks,
            List<LevelJson> currentLevels, String notes, OutcomeJson outcome) {
    }

    /** kind: strength | estimated-max | endurance | measurable. */
    @JsonPropertyOrder({"kind", "exercise", "loadKg", "loadLb", "reps", "oneRepMaxKg", "oneRepMaxLb", "modality",
            "distanceM", "targetTimeS", "description", "target", "unit", "higherIsBetter"})
    record GoalJson(String kind, String exercise, Double loadKg, Double loadLb, Integer reps, Double oneRepMaxKg,
            Double oneRepMaxLb, String modality, Double distanceM, Double targetTimeS, String description,
            Double target, String unit, Boolean higherIsBetter) {
    }

    @JsonPropertyOrder({"name", "firstWeek", "lastWeek"})
    record PhaseJson(String name, Integer firstWeek, Integer lastWeek) {
    }

    /** kind: lift | race. */
    @JsonPropertyOrder({"kind", "exercise", "sets", "reps", "loadKg", "loadLb", "modality", "distanceM", "timeS"})
    record LevelJson(String kind, String exercise, Integer sets, Integer reps, Double loadKg, Double loadLb,
            String modality, Double distanceM, Double timeS) {
    }

    @JsonPropertyOrder({"archivedOn", "goalMet", "summary"})
    record OutcomeJson(String archivedOn, Boolean goalMet, String summary) {
    }

    @JsonPropertyOrder({"key", "name", "pattern", "region", "incrementKg", "incrementLb", "defaultRestS",
            "progressesTo"})
    record ExerciseJson(String key, String name, String pattern, String region, Double incrementKg,
            Double incrementLb, Double defaultRestS, String progressesTo) {
    }

    @JsonPropertyOrder({"id", "week", "day", "purpose", "title", "notes", "prescriptions"})
    record PlannedJson(String id, Integer week, String day, String purpose, String title, String notes,
            List<PrescriptionJson> prescriptions) {
    }

    /**
     * kind: strength (exercise, sets) | endurance (modality, distanceM and/or durationS, paceSPerKm or zone,
     * intervals) | timed (activity, durationS, effort). Every kind has a rule.
     */
    @JsonPropertyOrder({"kind", "exercise", "sets", "modality", "activity", "distanceM", "durationS", "paceSPerKm",
            "zone", "effort", "intervals", "rule"})
    record PrescriptionJson(String kind, String exercise, List<PrescribedSetJson> sets, String modality,
            String activity, Double distanceM, Double durationS, Double paceSPerKm, Integer zone, Double effort,
            List<IntervalJson> intervals, RuleJson rule) {
    }

    /** Exactly one of loadKg (or loadLb), tmFraction and atRpe says how heavy the set is. */
    @JsonPropertyOrder({"setKind", "reps", "loadKg", "loadLb", "tmFraction", "atRpe", "rpeCap"})
    record PrescribedSetJson(Integer reps, String setKind, Double loadKg, Double loadLb, Double tmFraction,
            Double atRpe, Double rpeCap) {
    }

    /** kind: linear | double | rpe | training-max | chain | endurance | hold. */
    @JsonPropertyOrder({"kind", "incrementKg", "incrementLb", "failuresBeforeDeload", "deloadFraction", "minReps",
            "maxReps", "roundingStepKg", "roundingStepLb", "trainingMaxKg", "trainingMaxLb", "next", "sets", "reps",
            "criterionLoadKg", "criterionLoadLb", "paceStep", "distanceStepM"})
    record RuleJson(String kind, Double incrementKg, Double incrementLb, Integer failuresBeforeDeload,
            Double deloadFraction, Integer minReps, Integer maxReps, Double roundingStepKg, Double roundingStepLb,
            Double trainingMaxKg, Double trainingMaxLb, String next, Integer sets, Integer reps,
            Double criterionLoadKg, Double criterionLoadLb, Double paceStep, Double distanceStepM) {
    }

    @JsonPropertyOrder({"repeats", "workDistanceM", "workDurationS", "recoveryDistanceM", "recoveryDurationS"})
    record IntervalJson(Integer repeats, Double workDistanceM, Double workDurationS, Double recoveryDistanceM,
            Double recoveryDurationS) {
    }

    @JsonPropertyOrder({"id", "start", "durationS", "rpe", "purpose", "plannedSession", "notes", "entries"})
    record SessionJson(String id, String start, Double durationS, Double rpe, String purpose, String plannedSession,
            String notes, List<EntryJson> entries) {
    }

    /**
     * kind: strength (exercise, sets) | endurance (modality, durationS, ...) | timed (activity, durationS). An
     * endurance entry from a recording carries its maximum and its seconds at each heart rate (format 5 logbooks).
     */
    @JsonPropertyOrder({"kind", "exercise", "sets", "modality", "activity", "distanceM", "durationS",
            "averageHeartRateBpm", "maxHeartRateBpm", "heartRate", "elevationGainM", "effort", "intervals", "notes"})
    record EntryJson(String kind, String exercise, List<SetJson> sets, String modality, String activity,
            Double distanceM, Double durationS, Integer averageHeartRateBpm, Integer maxHeartRateBpm,
            HeartRateJson heartRate, Double elevationGainM, Double effort, List<IntervalJson> intervals,
            String notes) {
    }

    /** A recording's time at each heart rate: {@code secondsAtBpm[i]} seconds at {@code lowestBpm + i}. */
    @JsonPropertyOrder({"lowestBpm", "secondsAtBpm"})
    record HeartRateJson(Integer lowestBpm, List<Integer> secondsAtBpm) {
    }

    /** failed is written only when true; distanceM and durationS only for a carry or hold (format 1.1). */
    @JsonPropertyOrder({"setKind", "reps", "loadKg", "loadLb", "rpe", "restS", "failed", "distanceM", "durationS"})
    record SetJson(Integer reps, Double loadKg, Double loadLb, Double rpe, Double restS, String setKind,
            Boolean failed, Double distanceM, Double durationS) {
    }
}
