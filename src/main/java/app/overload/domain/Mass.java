package app.overload.domain;

/** A load in kilograms. Zero is allowed (body-weight work); negative, non-finite or absurd values are not. */
public record Mass(double kilograms) implements Comparable<Mass> {

    public static final double KILOGRAMS_PER_POUND = 0.45359237;
    /** Heavier than any barbell lift on record, with room for sleds and leg presses. */
    public static final double MAX_KILOGRAMS = 1_000;
    public static final Mass ZERO = new Mass(0);

    public Mass {
        Checks.finiteInRange(kilograms, 0, MAX_KILOGRAMS, "load", "kg");
    }

    public static Mass kilograms(double kg) {
        return new Mass(kg);
    }

    public static Mass pounds(double lb) {
        return new Mass(lb * KILOGRAMS_PER_POUND);
    }

    public static Mass of(double value, MassUnit unit) {
        return unit == MassUnit.KG ? kilograms(value) : pounds(value);
    }

    public double pounds() {
        return kilograms / KILOGRAMS_PER_POUND;
    }

    public double in(MassUnit unit) {
        return unit == MassUnit.KG ? kilograms : pounds();
    }

    public Mass plus(Mass other) {
        return new Mass(kilograms + other.kilograms);
    }

    /** This load less {@code other}, never below zero. */
    public Mass minusOrZero(Mass other) {
        return new Mass(Math.max(0, kilograms - other.kilograms));
    }

    public Mass times(double factor) {
        return new Mass(kilograms * factor);
    }

    /**
     * Rounds down to a whole number of {@code step}s in {@code unit}, the way a lifter loads a bar: 103.7 kg with
     * 2.5 kg steps is 102.5 kg. A tiny tolerance keeps 102.49999 from dropping a whole step.
     */
    public Mass roundDown(double step, MassUnit unit) {
        if (!(step > 0)) {
            throw new InvalidValueException("step", "Rounding step must be positive.");
        }
        double inUnit = in(unit);
        double steps = Math.floor(inUnit / step + 1e-9);
        return of(steps * step, unit);
    }

    /**
     * Rounds to the nearest whole number of {@code step}s in {@code unit}: 95 kg (209.44 lb) with 5 lb steps is
     * 210 lb. Near the ceiling, where the nearest step would pass it, rounds down instead.
     */
    public Mass nearest(double step, MassUnit unit) {
        if (!(step > 0)) {
            throw new InvalidValueException("step", "Rounding step must be positive.");
        }
        double steps = Math.round(in(unit) / step);
        double kg = unit == MassUnit.KG ? steps * step : steps * step * KILOGRAMS_PER_POUND;
        return kg > MAX_KILOGRAMS ? roundDown(step, unit) : new Mass(kg);
    }

    public boolean isZero() {
        return kilograms == 0;
    }

    @Override
    public int compareTo(Mass other) {
        return Double.compare(kilograms, other.kilograms);
    }

    /** True when the two loads differ by less than a gram, which absorbs kg ↔ lb round trips. */
    public boolean sameAs(Mass other) {
        return Math.abs(kilograms - other.kilograms) < 0.001;
    }

    public boolean atLeast(Mass other) {
        return kilograms > other.kilograms - 0.001;
    }
}
