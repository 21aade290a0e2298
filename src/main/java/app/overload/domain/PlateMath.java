package app.overload.domain;

/**
 * Loads the user can put on the bar, worked out in their own unit (TRAINING-RULES.md: round down to the smallest
 * plate pair, 2.5 kg or 5 lb; in pounds the increments are 5 lb and 10 lb). Exercises that climb in smaller steps
 * (dumbbells by 2 kg, cables by 1 kg) round to the largest common step that does not swallow their increment.
 *
 * <p>Everything is stored in kilograms, so a load typed or imported in pounds comes back a hair off its plate
 * (225 lb written to a file as 102.0582 kg is 224.99996 lb). Loads within {@link #ON_STEP} of a step count as on it;
 * without that, 225 lb + 5 lb rounds down to 225 lb.
 */
public final class PlateMath {

    private static final double[] KG_STEPS = {2.5, 2, 1.25, 1, 0.5, 0.25};
    private static final double[] LB_STEPS = {5, 2.5, 1.25, 1};
    /**
     * Increments that mean the same thing in either unit, kilograms then pounds: a coach's 2.5 kg is a lifter's
     * 5 lb, and the deadlift's 5 kg is 10 lb, not the 11.02 lb a conversion gives.
     */
    private static final double[][] SAME_INCREMENT = {{1.25, 2.5}, {2.5, 5}, {5, 10}, {10, 20}};
    /** An increment this close (in either unit) to one of {@link #SAME_INCREMENT} is that pair. */
    private static final double SAME_INCREMENT_SLACK = 0.02;
    /** In the user's unit: a load this close to a step is on it (file and unit round trips). */
    public static final double ON_STEP = 0.01;
    /** Loads this close count as the same plate, so kg ↔ lb round trips do not read as a change. */
    public static final double SAME_KG = 0.001;

    private PlateMath() {
    }

    /**
     * The increment in the user's unit: the standard increments map onto each other (2.5 kg ↔ 5 lb, 5 kg ↔ 10 lb,
     * 1.25 kg ↔ 2.5 lb, 10 kg ↔ 20 lb), anything else is converted. Zero for no increment.
     */
    public static double increment(Mass increment, MassUnit unit) {
        if (increment == null || increment.isZero()) {
            return 0;
        }
        for (double[] pair : SAME_INCREMENT) {
            if (Math.abs(increment.kilograms() - pair[0]) < SAME_INCREMENT_SLACK
                    || Math.abs(increment.pounds() - pair[1]) < SAME_INCREMENT_SLACK) {
                return unit == MassUnit.KG ? pair[0] : pair[1];
            }
        }
        return increment.in(unit);
    }

    /** The rounding step in {@code unit} for an exercise that progresses by {@code increment}. */
    public static double step(Mass increment, MassUnit unit) {
        double[] steps = unit == MassUnit.KG ? KG_STEPS : LB_STEPS;
        double inUnit = increment(increment, unit);
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
        double step = step(increment, unit);
        return onGrid(Math.floor((Mass.kilograms(kg).in(unit) + ON_STEP) / step), step, unit);
    }

    /**
     * The loadable weight nearest {@code load} (halfway rounds down): a load planned in the other unit, as the user
     * would put it on the bar (102.5 kg in a pound logbook is 225 lb). A load already on a plate comes back as it was.
     */
    public static Mass nearest(Mass load, Mass increment, MassUnit unit) {
        double step = step(increment, unit);
        Mass near = onGrid(nearestSteps(load.in(unit), step), step, unit);
        return near.sameAs(load) ? load : near;
    }

    /**
     * The next loadable weight above {@code last} after adding {@code increment} in the user's unit; never
     * {@code last} itself. A last load off the user's plates (a kilogram plan in a pound logbook) is first taken to
     * the nearest plate, so 209.44 lb (95 kg) climbs to 215 lb, not to 210 lb.
     */
    public static Mass up(Mass last, Mass increment, MassUnit unit) {
        double add = increment(increment, unit);
        if (add <= 0) {
            return last;
        }
        double step = step(increment, unit);
        double from = last.in(unit);
        double base = nearestSteps(from, step) * step;
        double steps = Math.floor((base + add + ON_STEP) / step);
        while (steps * step <= from + ON_STEP) {
            steps++;
        }
        double max = Mass.kilograms(Mass.MAX_KILOGRAMS).in(unit);
        return steps * step > max + 1e-9 ? last : of(steps * step, unit);
    }

    /** How many steps the nearest plate to {@code value} is; exactly halfway goes down. */
    private static double nearestSteps(double value, double step) {
        return Math.ceil(value / step - 0.5 - 1e-9);
    }

    /** {@code steps} × {@code step} in {@code unit}, never above the heaviest load there is. */
    private static Mass onGrid(double steps, double step, MassUnit unit) {
        double max = Mass.kilograms(Mass.MAX_KILOGRAMS).in(unit);
        double n = Math.max(0, steps);
        while (n > 0 && n * step > max + 1e-9) {
            n--;
        }
        return of(n * step, unit);
    }

    /** A value in {@code unit} as a mass; a conversion a hair over the heaviest load is that load. */
    private static Mass of(double value, MassUnit unit) {
        double kg = unit == MassUnit.KG ? value : value * Mass.KILOGRAMS_PER_POUND;
        return Mass.kilograms(Math.min(kg, Mass.MAX_KILOGRAMS));
    }
}
