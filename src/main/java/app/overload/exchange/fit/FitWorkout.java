package app.overload.exchange.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.UnitPreferences;

/**
 * A workout for a watch: a name, a sport, and the steps to follow. {@link #from} makes one of a planned run, walk or
 * ride; {@link FitWorkoutEncoder} writes it as a FIT workout file.
 *
 * @param serialNumber tells this workout apart from the others on a watch (FIT file_id serial number, 1 to
 *                     2³²−2); the same planned session keeps the same number, so a new export replaces the old one
 * @param leftOut      how many of the planned session's prescriptions had no place in the workout (strength or
 *                     timed work beside the run), for the caller to mention
 */
public record FitWorkout(String name, Modality modality, long serialNumber, List<WorkoutStep> steps, int leftOut) {

    public FitWorkout {
        name = name == null || name.isBlank() ? "Workout" : name.strip();
        Objects.requireNonNull(modality, "modality");
        if (sportOf(modality) < 0) {
            throw new IllegalArgumentException("A FIT workout is a run, a walk or a ride, not " + modality.label());
        }
        if (serialNumber < 1 || serialNumber > 0xFFFF_FFFEL) {
            throw new IllegalArgumentException("The serial number must be 1 to 4294967294, got " + serialNumber);
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A workout needs at least one step");
        }
        if (leftOut < 0) {
            throw new IllegalArgumentException("leftOut must not be negative");
        }
    }

    /**
     * The workout a planned run, walk or ride asks for, step names in the user's units: "4 × 1 km @ 4:30 /km" with
     * its recoveries, a warm-up and a cool-down around intervals.
     *
     * @throws FitWorkoutException when the session has no run, walk or ride, or mixes them ({@link #whyNot} says it
     *                             beforehand)
     */
    public static FitWorkout from(PlannedSession session, UnitPreferences units) throws FitWorkoutException {
        return PlanSteps.workout(session, units);
    }

    /** Why {@link #from} would refuse this session, or empty when it can make a workout of it. */
    public static Optional<String> whyNot(PlannedSession session) {
        return PlanSteps.whyNot(session);
    }

    /** The FIT sport number: 1 running, 2 cycling, 11 walking. */
    public int sport() {
        return sportOf(modality);
    }

    static int sportOf(Modality modality) {
        switch (modality) {
            case RUN: return FitSport.RUNNING;
            case RIDE: return FitSport.CYCLING;
            case WALK: return FitSport.WALKING;
            default: return -1;
        }
    }
}
