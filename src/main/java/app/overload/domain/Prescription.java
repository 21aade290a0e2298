package app.overload.domain;

import java.time.Duration;
import java.util.Collections;
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
                    Collections.nCopies(count, PrescribedSet.working(reps, load)), rule);
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
            checkPaces(modality, distance, duration, target, intervals);
        }

        /**
         * A plan is held to the pace limit a logged session is held to: a target pace, a distance in a time, or an
         * interval's work faster than the modality allows is a typing error here too.
         */
        private static void checkPaces(Modality modality, Distance distance, Duration duration, PaceTarget target,
                List<Interval> intervals) {
            if (target instanceof PaceTarget.AtPace p) {
                modality.checkPlausible(p.pace(), "pace", UnitPreferences.METRIC::format, "check the pace");
            }
            if (distance != null && duration != null) {
                modality.checkPlausible(Pace.of(distance, duration), "distance", UnitPreferences.METRIC::format,
                        "check the distance and the time");
            }
            for (Interval i : intervals) {
                if (i.workDistance() != null && !i.workDistance().isZero() && i.workDuration() != null) {
                    modality.checkPlausible(Pace.of(i.workDistance(), i.workDuration()), "intervals",
                            UnitPreferences.METRIC::format, "check the interval's distance and time");
                }
            }
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
