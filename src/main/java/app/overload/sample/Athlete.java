package app.overload.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;

/**
 * The simulated person behind the sample: how much they can lift for five reps in each exercise (improved by
 * training, lost a little in breaks), and their threshold pace, which improves slowly over the years.
 */
final class Athlete {

    /** Threshold pace on the last day of the sample: 7:00 /mi, so the current tempo runs start at 7:15 /mi. */
    private static final double THRESHOLD_NOW = 260.5;
    /** The runner was this much slower per year further back. */
    private static final double SLOWER_PER_YEAR = 0.015;

    private final Map<ExerciseId, Double> fiveRepMax = new HashMap<>();
    private final LocalDate until;

    Athlete(LocalDate until) {
        this.until = until;
        set("back-squat", 85);
        set("front-squat", 65);
        set("bench-press", 62);
        set("overhead-press", 40);
        set("deadlift", 110);
        set("barbell-row", 57);
        set("romanian-deadlift", 75);
        set("split-squat", 26);
        set("goblet-squat", 28);
        set("dumbbell-bench-press", 22);
        set("dumbbell-row", 26);
        set("incline-bench-press", 50);
        set("pull-up", 8);
        set("chin-up", 8);
        set("dip", 12);
        set("biceps-curl", 14);
        set("triceps-extension", 14);
        set("calf-raise", 60);
        set("hip-thrust", 90);
        set("lat-pulldown", 50);
        set("face-pull", 20);
        set("leg-press", 150);
        set("kettlebell-swing", 24);
        set("push-up", 0);
        set("inverted-row", 0);
        set("plank", 0);
        set("hanging-leg-raise", 0);
        set("walking-lunge", 20);
    }

    private void set(String key, double kg) {
        fiveRepMax.put(ExerciseId.of(key), kg);
    }

    double fiveRepMax(ExerciseId exercise) {
        return fiveRepMax.getOrDefault(exercise, 20.0);
    }

    /** Estimated one-rep max (Epley from the five-rep max). */
    double oneRepMax(ExerciseId exercise) {
        return fiveRepMax(exercise) * (1 + 5 / 30.0);
    }

    /** Reps the athlete can do at {@code kg} leaving {@code inReserve} reps in the tank (inverse Epley). */
    int repsAt(ExerciseId exercise, double kg, int inReserve) {
        if (kg <= 0) {
            return 15 - inReserve;
        }
        // A hair of tolerance so that exactly the five-rep max gives five reps despite rounding.
        double reps = 30 * (oneRepMax(exercise) / kg - 1) - inReserve + 1e-6;
        return (int) Math.max(0, Math.min(30, Math.floor(reps)));
    }

    /** Training adapts the lift by a fraction; growth slows as the lift approaches a ceiling. */
    void adapt(ExerciseId exercise, double fraction) {
        double now = fiveRepMax(exercise);
        fiveRepMax.put(exercise, now * (1 + fraction));
    }

    /** A break costs a little of every lift. */
    void detrain(double fraction) {
        fiveRepMax.replaceAll((k, v) -> v * (1 - fraction));
    }

    /** Threshold (tempo) pace in seconds per kilometre on {@code day}: running fitness grows steadily. */
    double thresholdPace(LocalDate day) {
        double years = ChronoUnit.DAYS.between(day, until) / 365.25;
        return THRESHOLD_NOW * (1 + SLOWER_PER_YEAR * Math.max(0, years));
    }

    static Mass plates(double kg) {
        return Mass.kilograms(Math.max(0, kg)).roundDown(MassUnit.KG.smallestStep(), MassUnit.KG);
    }
}
