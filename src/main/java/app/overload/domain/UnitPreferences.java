package app.overload.domain;

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

    /** "100 kg", "102.5 kg", "225 lb": at most two decimals, trailing zeros dropped. */
    public String format(Mass load) {
        return number(load.in(mass), 2) + " " + mass.symbol();
    }

    /** The number alone, as it would be typed into a field: "102.5". */
    public String number(Mass load) {
        return number(load.in(mass), 2);
    }

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
            fixed.setRoundingMode(java.math.RoundingMode.HALF_UP);
            formats[MAX_DECIMALS + 1 + d] = fixed;
        }
        return formats;
    });
}
