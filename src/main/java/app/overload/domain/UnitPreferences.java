package app.overload.domain;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/** The units a user reads and types in, and how quantities are written for them. Storage stays SI. */
public record UnitPreferences(MassUnit mass, DistanceUnit distance) {

    public static final UnitPreferences METRIC = new UnitPreferences(MassUnit.KG, DistanceUnit.KM);
    public static final UnitPreferences IMPERIAL = new UnitPreferences(MassUnit.LB, DistanceUnit.MI);

    public UnitPreferences {
        Checks.required(mass, "mass unit");
        Checks.required(distance, "distance unit");
    }

    /**
     * A logged load, as the lifter typed it: "225 lb", "102.5 kg", "101.25 kg". A load typed in the other unit
     * reads to a tenth, "220.5 lb" for 100 kg, since no plate is finer than that and the exact figure
     * (220.46226 lb) is noise. See docs/units.md.
     */
    public String format(Mass load) {
        return number(load) + " " + mass.symbol();
    }

    /** The number of {@link #format(Mass)} alone, as it would be typed into a field: "102.5". */
    public String number(Mass load) {
        double value = load.in(mass);
        return writtenInThisUnit(value) ? number(typed(value), 2) : number(value, 1);
    }

    /**
     * A prescribed, target, goal or suggested load as a weight the lifter can load in their unit. A load written in
     * this unit stays as it is (227.5 lb, 101.25 kg); one written in the other unit moves to the nearest plate step
     * of this one: 95 kg reads 210 lb, 102.5 kg reads 225 lb, 225 lb reads 102.5 kg. Nearest, not down, because this
     * only shows a load someone else chose, and down would take up to a whole step off every one. A load lighter
     * than one step stays as it is rather than becoming nothing.
     */
    public Mass loadable(Mass load) {
        double value = load.in(mass);
        if (value < mass.smallestStep() || writtenInThisUnit(value)) {
            return load;
        }
        return load.nearest(mass.smallestStep(), mass);
    }

    /**
     * Whether a logged (or estimated) load reaches a target: it does when it is at least the target, or when it
     * reads at least the target as this unit shows it ({@link #loadable}). A goal of 102.5 kg reads 225 lb in a
     * pound logbook, so the 225 lb set logged there (102.06 kg) reaches it. Every "goal met" and "target reached"
     * asks this, so what is shown and what is decided agree (docs/units.md).
     */
    public boolean reaches(Mass load, Mass target) {
        return load.atLeast(target) || load.in(mass) > loadable(target).in(mass) - TYPED_TOLERANCE;
    }

    /** A prescribed, target, goal or suggested load: "210 lb", never "209.44 lb" ({@link #loadable}). */
    public String formatTarget(Mass load) {
        return targetNumber(load) + " " + mass.symbol();
    }

    /** The number of {@link #formatTarget(Mass)} alone, for a field filled from a plan: "210". */
    public String targetNumber(Mass load) {
        return number(loadable(load));
    }

    /** An estimated max or any other computed load nobody loads as such, to a tenth: "116.7 kg", "257.3 lb". */
    public String formatEstimate(Mass load) {
        return number(load.in(mass), 1) + " " + mass.symbol();
    }

    /**
     * A progression step in this unit's plates: one written in the other unit becomes the same plates here, to the
     * nearest half step (2.5 kg → 5 lb, 5 kg → 10 lb, 2 kg → 5 lb, 10 lb → 5 kg), never less than half a step; one
     * written in this unit stays as it is.
     */
    public Mass increment(Mass step) {
        double value = step.in(mass);
        if (step.isZero() || writtenInThisUnit(value)) {
            return step;
        }
        double plates = mass.samePlates(step.in(mass.other()), mass.other());
        double half = mass.smallestStep() / 2;
        return Mass.of(Math.max(1, Math.round(plates / half)) * half, mass);
    }

    /**
     * Loads typed by a person sit on a quarter of a unit (225, 222.5, 226.25 lb; 101.25 kg). Stored in kilograms
     * they come back within a hair of it, even through a block file's four decimals of a kilogram; a load typed in
     * the other unit lands that close only by chance (about one in 250).
     */
    private static boolean writtenInThisUnit(double value) {
        return Math.abs(value - typed(value)) < TYPED_TOLERANCE;
    }

    private static double typed(double value) {
        return Math.round(value / TYPED_STEP) * TYPED_STEP;
    }

    private static final double TYPED_STEP = 0.25;
    private static final double TYPED_TOLERANCE = 0.0005;

    /** "8.0 km", "5.0 mi"; distances under one unit keep two decimals ("0.40 km"). */
    public String format(Distance d) {
        double value = d.in(distance);
        String text = value < 1 ? fixed(value, 2) : fixed(value, 1);
        return text + " " + distance.symbol();
    }

    /** "5:01 /km" or "8:05 /mi". */
    public String format(Pace pace) {
        return Durations.clock(pace.per(distance)) + " /" + distance.symbol();
    }

    /**
     * Pace the way people of the sport read it: speed for rides, per 500 m for rowing, per 100 m for swimming,
     * per km or mile otherwise.
     */
    public String format(Pace pace, Modality modality) {
        if (modality.showsSpeed()) {
            return formatSpeed(pace);
        }
        if (modality.paceMetres() > 0) {
            double seconds = pace.secondsPerKilometre() * modality.paceMetres() / 1000;
            return Durations.clock(Duration.ofMillis(Math.round(seconds * 1000))) + " /" + modality.paceMetres() + " m";
        }
        return format(pace);
    }

    /** "28.4 km/h" or "17.6 mph". */
    public String formatSpeed(Pace pace) {
        double perHour = 3600 / pace.secondsPer(distance);
        return fixed(perHour, 1) + (distance == DistanceUnit.KM ? " km/h" : " mph");
    }

    public String format(Duration duration) {
        return Durations.clock(duration);
    }

    /** Up to {@code decimals} decimals, trailing zeros dropped, always a dot as decimal separator. */
    public static String number(double value, int decimals) {
        return FORMATS.get()[decimals].format(value);
    }

    private static String fixed(double value, int decimals) {
        return FORMATS.get()[MAX_DECIMALS + 1 + decimals].format(value);
    }

    private static final int MAX_DECIMALS = 4;

    /**
     * Formats are costly to make and not thread-safe, and history lists format thousands of numbers: each thread
     * keeps its own, "0", "0.#" … for {@link #number} then "0", "0.0" … for {@link #fixed}.
     */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        DecimalFormat[] formats = new DecimalFormat[2 * (MAX_DECIMALS + 1)];
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            formats[d] = new DecimalFormat(d == 0 ? "0" : "0." + "#".repeat(d), symbols);
            DecimalFormat fixed = new DecimalFormat(d == 0 ? "0" : "0." + "0".repeat(d), symbols);
            fixed.setRoundingMode(RoundingMode.HALF_UP);
            formats[MAX_DECIMALS + 1 + d] = fixed;
        }
        return formats;
    });
}
