package app.overload.progression;

import app.overload.domain.Mass;
import app.overload.domain.MassUnit;

/**
 * Rounding suggested loads to what the user can put on the bar, in their unit (TRAINING-RULES.md: round down to
 * the smallest plate pair, 2.5 kg or 5 lb). Exercises that climb in smaller steps (dumbbells by 2 kg, cables by
 * 1 kg) round to the largest common step that does not swallow their increment.
 */
public final class PlateMath {

    private static final double[] KG_STEPS = {2.5, 2, 1.25, 1, 0.5, 0.25};
    private static final double[] LB_STEPS = {5, 2.5, 1.25, 1};
    /** Loads this close count as the same plate, so kg ↔ lb round trips do not read as a change. */
    static final double SAME_KG = 0.001;

    private PlateMath() {
    }

    /** The rounding step in {@code unit} for an exercise that progresses by {@code increment}. */
    public static double step(Mass increment, MassUnit unit) {
        double[] steps = unit == MassUnit.KG ? KG_STEPS : LB_STEPS;
        double inUnit = increment == null ? 0 : increment.in(unit);
        if (inUnit <= 0 || inUnit + 1e-9 >= unit.smallestStep()) {
            return unit.smallestStep();
        }
        for (double s : steps) {
            if (s <= inUnit + 1e-9) {
                return s;
            }
        }
        return steps[steps.length - 1];
    }

    /** {@code kilograms} rounded down to a loadable weight; non-finite or negative becomes zero, huge is capped. */
    public static Mass down(double kilograms, Mass increment, MassUnit unit) {
        double kg = Double.isFinite(kilograms) ? Math.max(0, Math.min(kilograms, Mass.MAX_KILOGRAMS)) : 0;
        return Mass.kilograms(kg).roundDown(step(increment, unit), unit);
    }

    /** The next loadable weight above {@code last} after adding {@code increment}; never {@code last} itself. */
    static Mass up(Mass last, Mass increment, MassUnit unit) {
        if (increment.isZero()) {
            return last;
        }
        Mass rounded = down(last.kilograms() + increment.kilograms(), increment, unit);
        if (rounded.kilograms() > last.kilograms() + SAME_KG) {
            return rounded;
        }
        double step = step(increment, unit);
        double next = down(last.kilograms(), increment, unit).kilograms() + Mass.of(step, unit).kilograms();
        return next > Mass.MAX_KILOGRAMS ? last : Mass.kilograms(next);
    }
}
