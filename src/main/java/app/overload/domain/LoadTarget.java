package app.overload.domain;

/** How heavy a prescribed set is: a fixed load, a share of the training max, or whatever load gives an RPE. */
public sealed interface LoadTarget permits LoadTarget.Fixed, LoadTarget.PercentOfTrainingMax, LoadTarget.AtRpe {

    /** A load in kilograms (zero for body weight). */
    record Fixed(Mass load) implements LoadTarget {
        public Fixed {
            Checks.required(load, "load");
        }
    }

    /** A fraction of the training max of a 5/3/1-style rule: 0.85 is 85 % TM. */
    record PercentOfTrainingMax(double fraction) implements LoadTarget {
        public PercentOfTrainingMax {
            Checks.finiteInRange(fraction, 0.2, 1.2, "%TM", "");
        }
    }

    /** The load that makes the prescribed reps feel like this RPE. */
    record AtRpe(Rpe rpe) implements LoadTarget {
        public AtRpe {
            Checks.required(rpe, "RPE");
        }
    }
}
