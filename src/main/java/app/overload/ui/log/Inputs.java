package app.overload.ui.log;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.Rpe;
import app.overload.domain.UnitPreferences;

/**
 * Reads what people type into the log form: "102.5" or "102,5", "40:12", "1:02:03", "45 min", "90 s", "5:01" for a
 * pace. Quantities are read in the user's units and handed on as SI domain values, whose own checks refuse
 * nonsense (a negative load, a 30-hour run) with a message naming the field.
 */
final class Inputs {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{1,2})(?::(\\d{1,2}))?([.,]\\d+)?");
    private static final Pattern WITH_UNIT = Pattern.compile("([\\d.,]+)\\s*(h|hr|hrs|hours?|min|mins|minutes?|m|s|"
            + "sec|secs|seconds?)");
    private static final double FEET_PER_METRE = 1 / 0.3048;

    /** How a plain number typed into a duration field is read. */
    enum Plain {
        MINUTES, SECONDS
    }

    private Inputs() {
    }

    static double number(String text, String field) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new InvalidValueException(field, capital(field) + " must be a number (was \"" + t + "\").");
        }
        return Double.parseDouble(t.replace(',', '.'));
    }

    static int wholeNumber(String text, String field) {
        double value = number(text, field);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, capital(field) + " must be a whole number (was \"" + text.strip()
                    + "\").");
        }
        return (int) value;
    }

    /** A load in the user's unit; out of range is told in that unit, not in the kilograms it is stored in. */
    static Mass mass(String text, MassUnit unit) {
        double value = number(text, "load");
        inRange(value, Mass.kilograms(Mass.MAX_KILOGRAMS).in(unit), "load", unit.symbol());
        return Mass.of(value, unit);
    }

    /** A distance in km or miles; out of range is told in that unit, not in metres. */
    static Distance distance(String text, DistanceUnit unit) {
        double value = number(text, "distance");
        inRange(value, Distance.MAX_METRES / unit.metres(), "distance", unit.symbol());
        return Distance.of(value, unit);
    }

    private static void inRange(double value, double max, String field, String symbol) {
        if (value < 0 || value > max) {
            throw new InvalidValueException(field, capital(field) + " must be between 0 and "
                    + UnitPreferences.number(Math.floor(max), 0) + " " + symbol + " (was "
                    + UnitPreferences.number(value, 2) + " " + symbol + ").");
        }
    }

    static Rpe rpe(String text, String field) {
        double value = number(text, field);
        if (value < 0 || value > 10) {
            throw new InvalidValueException(field, capital(field) + " must be between 0 and 10 (was "
                    + UnitPreferences.number(value, 1) + ").");
        }
        return Rpe.of(value);
    }

    /** Elevation in metres, typed in metres or, for mile users, feet. */
    static Distance elevation(String text, DistanceUnit unit) {
        double value = number(text, "elevation");
        double metres = unit == DistanceUnit.KM ? value : value / FEET_PER_METRE;
        if (metres > EnduranceEntry.MAX_ELEVATION_METRES) {
            throw new InvalidValueException("elevation", "Elevation gain must be at most "
                    + elevationText(Distance.metres(EnduranceEntry.MAX_ELEVATION_METRES), unit) + " "
                    + elevationUnit(unit) + ".");
        }
        return Distance.metres(metres);
    }

    static String elevationText(Distance d, DistanceUnit unit) {
        return UnitPreferences.number(unit == DistanceUnit.KM ? d.metres() : d.metres() * FEET_PER_METRE, 0);
    }

    static String elevationUnit(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? "m" : "ft";
    }

    /**
     * A duration as a clock ("40:12" is minutes and seconds, "1:02:03" hours too), with a unit ("45 min", "90 s",
     * "1.5 h"), or a plain number read as {@code plain}. The result is checked like any session duration (at most
     * 24 hours); zero is refused unless {@code zeroAllowed}.
     */
    static Duration duration(String text, String field, Plain plain, boolean zeroAllowed) {
        Duration d = parseDuration(text.strip().toLowerCase(Locale.ROOT), field, plain);
        return zeroAllowed ? Checks.nonNegativeDuration(d, field) : Checks.positiveDuration(d, field);
    }

    private static Duration parseDuration(String t, String field, Plain plain) {
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            long a = Long.parseLong(clock.group(1));
            long b = Long.parseLong(clock.group(2));
            String c = clock.group(3);
            if (b > 59 || (c != null && Long.parseLong(c) > 59)) {
                throw new InvalidValueException(field, capital(field) + ": minutes and seconds go up to 59 (was \""
                        + t + "\").");
            }
            long fractionMillis = clock.group(4) == null ? 0
                    : Math.round(Double.parseDouble("0." + clock.group(4).substring(1)) * 1000);
            Duration d = c == null ? Duration.ofMinutes(a).plusSeconds(b)
                    : Duration.ofHours(a).plusMinutes(b).plusSeconds(Long.parseLong(c));
            return d.plusMillis(fractionMillis);
        }
        Matcher unit = WITH_UNIT.matcher(t);
        if (unit.matches()) {
            double value = number(unit.group(1), field);
            String u = unit.group(2);
            double seconds = u.startsWith("h") ? value * 3600 : u.startsWith("s") ? value : value * 60;
            return Duration.ofMillis(Math.round(seconds * 1000));
        }
        if (NUMBER.matcher(t).matches()) {
            double value = number(t, field);
            if (value < 0) {
                throw new InvalidValueException(field, capital(field) + " must not be negative.");
            }
            return Duration.ofMillis(Math.round(value * (plain == Plain.MINUTES ? 60_000 : 1000)));
        }
        throw new InvalidValueException(field, capital(field) + " must be a time such as 40:12, 1:02:03 or "
                + (plain == Plain.MINUTES ? "45 min" : "90 s") + " (was \"" + t + "\").");
    }

    /**
     * A pace as its sport states it: "5:01" per km or mile, per 500 m for rowing, per 100 m for swimming; a speed
     * in km/h or mph for rides.
     */
    static Pace pace(String text, Modality modality, DistanceUnit unit) {
        if (modality.showsSpeed()) {
            double perHour = number(text, "speed");
            return Pace.fromSpeed(unit == DistanceUnit.KM ? perHour : perHour * Distance.METRES_PER_MILE / 1000);
        }
        Duration per = duration(text, "pace", Plain.MINUTES, false);
        if (modality.paceMetres() > 0) {
            return new Pace(per.toMillis() / 1000.0 * 1000 / modality.paceMetres());
        }
        return Pace.per(per, unit);
    }

    /** The pace as it would be typed into the pace field. */
    static String paceText(Pace pace, Modality modality, DistanceUnit unit) {
        if (modality.showsSpeed()) {
            double perHour = 3600 / pace.secondsPer(unit);
            return UnitPreferences.number(perHour, 1);
        }
        if (modality.paceMetres() > 0) {
            double seconds = pace.secondsPerKilometre() * modality.paceMetres() / 1000;
            return Durations.clock(Duration.ofMillis(Math.round(seconds * 1000)));
        }
        return Durations.clock(pace.per(unit));
    }

    /** The unit shown after the pace field: "/km", "km/h", "/500 m". */
    static String paceUnit(Modality modality, DistanceUnit unit) {
        if (modality.showsSpeed()) {
            return unit == DistanceUnit.KM ? "km/h" : "mph";
        }
        return modality.paceMetres() > 0 ? "/" + modality.paceMetres() + " m" : "/" + unit.symbol();
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", "Date must be written as year-month-day, such as 2026-11-23 "
                    + "(was \"" + text.strip() + "\").");
        }
    }

    static LocalTime time(String text) {
        String t = text.strip();
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("time", "Time must be hours and minutes, such as 18:30 (was \"" + t
                    + "\").");
        }
    }

    /** How a duration is written back into a field. */
    static String durationText(Duration d) {
        return Durations.clock(d);
    }

    private static String capital(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
