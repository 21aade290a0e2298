package app.overload.analysis;

import java.util.Locale;

import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.UnitPreferences;

/** A record a session set: better than every session before it (or, just saved, than every other one). */
public sealed interface PersonalRecord permits PersonalRecord.HeaviestSet, PersonalRecord.BestEstimate,
        PersonalRecord.MostReps, PersonalRecord.BestVolume, PersonalRecord.FastestPace {

    /** "Back squat: heaviest set, 120 kg × 5", in the user's units. */
    String describe(UnitPreferences units, ExerciseNames names);

    /** The heaviest load lifted in a completed work set of the exercise. */
    record HeaviestSet(ExerciseId exercise, Mass load, int reps) implements PersonalRecord {
        @Override
        public String describe(UnitPreferences units, ExerciseNames names) {
            return names.nameOf(exercise) + ": heaviest set, " + units.format(load) + " × " + reps;
        }
    }

    /** The best estimated one-rep max of a work set (the strength chart's estimate). */
    record BestEstimate(ExerciseId exercise, Mass estimate) implements PersonalRecord {
        @Override
        public String describe(UnitPreferences units, ExerciseNames names) {
            return names.nameOf(exercise) + ": best e1RM, " + units.formatEstimate(estimate);
        }
    }

    /** More reps in a completed set than ever at this load or a heavier one. */
    record MostReps(ExerciseId exercise, Mass load, int reps) implements PersonalRecord {
        @Override
        public String describe(UnitPreferences units, ExerciseNames names) {
            return names.nameOf(exercise) + ": most reps at " + units.format(load) + ", " + reps;
        }
    }

    /** The most reps × load of work sets of the exercise in one session. */
    record BestVolume(ExerciseId exercise, double kilograms) implements PersonalRecord {
        @Override
        public String describe(UnitPreferences units, ExerciseNames names) {
            // A session's volume passes a single load's ceiling, so it is converted as a plain number.
            double shown = units.mass() == MassUnit.KG ? kilograms
                    : kilograms / Mass.KILOGRAMS_PER_POUND;
            return names.nameOf(exercise) + ": best volume, " + String.format(Locale.ROOT, "%,.0f", shown) + " "
                    + units.mass().symbol();
        }
    }

    /** The fastest pace of an entry of the modality over {@code over} or more. */
    record FastestPace(Modality modality, Distance over, Pace pace) implements PersonalRecord {
        @Override
        public String describe(UnitPreferences units, ExerciseNames names) {
            return modality.label() + ": fastest " + distanceName(over) + ", " + units.format(pace, modality);
        }

        /** "5 km", "500 m", "half marathon". */
        static String distanceName(Distance d) {
            double m = d.metres();
            if (Math.abs(m - PersonalRecords.HALF_MARATHON) < 1) {
                return "half marathon";
            }
            if (Math.abs(m - PersonalRecords.MARATHON) < 1) {
                return "marathon";
            }
            return m < 1000 ? UnitPreferences.number(m, 0) + " m" : UnitPreferences.number(m / 1000, 1) + " km";
        }
    }
}
