package app.overload.domain;

/**
 * How a prescription moves from one week to the next. The rules carry their parameters; the progression engine
 * applies them to the history. Defaults follow TRAINING-RULES.md.
 */
public sealed interface ProgressionRule permits ProgressionRule.Linear, ProgressionRule.DoubleProgression,
        ProgressionRule.RpeBased, ProgressionRule.TrainingMax, ProgressionRule.ExerciseChain,
        ProgressionRule.Endurance, ProgressionRule.Hold {

    /**
     * Add {@code increment} after every successful session; after {@code failuresBeforeDeload} failed sessions in
     * a row at the same load, take {@code deloadFraction} off and climb again (5×5 style).
     */
    record Linear(Mass increment, int failuresBeforeDeload, double deloadFraction) implements ProgressionRule {
        public Linear {
            Checks.required(increment, "increment");
            Checks.intInRange(failuresBeforeDeload, 1, 10, "failures before deload");
            Checks.finiteInRange(deloadFraction, 0.01, 0.5, "deload", "");
        }

        public static Linear standard(Mass increment) {
            return new Linear(increment, 3, 0.10);
        }
    }

    /** Work within [minReps, maxReps]; when every set reaches maxReps add {@code increment} and go back to min. */
    record DoubleProgression(int minReps, int maxReps, Mass increment) implements ProgressionRule {
        public DoubleProgression {
            Checks.intInRange(minReps, 1, 50, "minimum reps");
            Checks.intInRange(maxReps, minReps + 1, 100, "maximum reps");
            Checks.required(increment, "increment");
        }
    }

    /** The load follows the e1RM implied by recent sets and the prescribed reps at RPE. */
    record RpeBased(Mass roundingStep) implements ProgressionRule {
        public RpeBased {
            Checks.required(roundingStep, "rounding step");
        }
    }

    /** 5/3/1-style: sets are percentages of {@code trainingMax}, raised by {@code increment} after each cycle. */
    record TrainingMax(Mass trainingMax, Mass increment) implements ProgressionRule {
        public TrainingMax {
            Checks.required(trainingMax, "training max");
            Checks.required(increment, "increment");
        }
    }

    /**
     * Climb linearly by {@code increment}; once {@code sets} × {@code reps} at {@code criterionLoad} or more is
     * done, move on to {@code next}, the harder exercise of the chain.
     */
    record ExerciseChain(ExerciseId next, int sets, int reps, Mass criterionLoad, Mass increment)
            implements ProgressionRule {
        public ExerciseChain {
            Checks.required(next, "next exercise");
            Checks.intInRange(sets, 1, 20, "criterion sets");
            Checks.intInRange(reps, 1, 100, "criterion reps");
            Checks.required(criterionLoad, "criterion load");
            Checks.required(increment, "increment");
        }
    }

    /**
     * Endurance key session: one variable a week, pace faster by {@code paceStep} (0.03 = 3 %) or distance longer
     * by {@code distanceStep}, never both.
     */
    record Endurance(double paceStep, Distance distanceStep) implements ProgressionRule {
        public Endurance {
            Checks.finiteInRange(paceStep, 0, 0.1, "pace step", "");
            Checks.required(distanceStep, "distance step");
        }
    }

    /** No progression: the prescription stays as written (easy runs, mobility). */
    record Hold() implements ProgressionRule {
    }
}
