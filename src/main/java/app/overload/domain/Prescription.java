package app.overload.domain;

import java.time.Duration;
import java.util.List;

/** What a planned session asks for, with the rule that moves it on from week to week. */
public sealed interface Prescription permits Prescription.Strength, Prescription.Endurance, Prescription.Timed {

    ProgressionRule rule();

    /** Sets of one exercise, such as 5 × 5 @ 100 kg, or 65/75/85 % TM × 5, 5, 5+. */
    record Strength(ExerciseId exercise, List<PrescribedSet> sets, ProgressionRule rule) implements Prescription {
        public Strength {
            Checks.required(exercise, "exercise");
            sets = Checks.list(sets, "sets");
            if (sets.isEmpty() || sets.size() > 50) {
                throw new InvalidValueException("sets", "A prescription needs between 1 and 50 sets.");
            }
            Checks.required(rule, "progression rule");
        }

        /** {@code count} identical working sets: {@code sets(5, 5, 100 kg)} is 5 × 5 @ 100 kg. */
        public static Strength sets(ExerciseId exercise, int count, int reps, Mass load, ProgressionRule rule) {
            return new Strength(exercise,
                    java.util.Collections.nCopies(count, PrescribedSet.working(reps, load)), rule);
        }
    }

    /**
     * A distance, a duration or a set of intervals (at least one) at a pace or in a zone.
     *
     * @param distance null when prescribed by time
     * @param duration null when prescribed by distance
     * @param target   null when effort is left to the purpose
     */
    record Endurance(Modality modality, Distance distance, Duration duration, PaceTarget target,
            List<Interval> intervals, ProgressionRule rule) implements Prescription {
        public Endurance {
            Checks.required(modality, "modality");
            intervals = Checks.list(intervals == null ? List.of() : intervals, "intervals");
            if (distance == null && duration == null && intervals.isEmpty()) {
                throw new InvalidValueException("distance", "Give a distance, a duration or intervals.");
            }
            if (distance != null && distance.isZero()) {
                throw new InvalidValueException("distance", "Distance must be more than zero.");
            }
            if (duration != null) {
                duration = Checks.positiveDuration(duration, "duration");
            }
            Checks.required(rule, "progression rule");
        }
    }

    /** Time on an activity: yoga 30 min at RPE 3. */
    record Timed(String activity, Duration duration, Rpe effort, ProgressionRule rule) implements Prescription {
        public Timed {
            activity = Checks.name(activity, "activity");
            duration = Checks.positiveDuration(duration, "duration");
            Checks.required(rule, "progression rule");
        }
    }
}
