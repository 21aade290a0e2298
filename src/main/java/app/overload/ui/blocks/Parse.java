package app.overload.ui.blocks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Durations;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.Rpe;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;

/**
 * What people type into the blocks forms, read into domain values: numbers with a dot or a comma, clock times
 * ("25:00", "1:45:00") or minutes, paces as their sport states them, ISO dates. Each refusal names its field.
 */
final class Parse {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{1,2})(?::(\\d{1,2}))?");

    private Parse() {
    }

    static double number(String text, String field) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new InvalidValueException(field, capital(field) + " is required.");
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new InvalidValueException(field, capital(field) + " must be a number (was \"" + t + "\").");
        }
        return Double.parseDouble(t.replace(',', '.'));
    }

    static int whole(String text, String field) {
        double value = number(text, field);
        if (value != Math.rint(value) || Math.abs(value) > 1_000_000) {
            throw new InvalidValueException(field, capital(field) + " must be a whole number (was \"" + text.strip()
                    + "\").");
        }
        return (int) value;
    }

    /**
     * The load in a form field: the exact one it was filled with while its text is as shown (a 95 kg plan shown as
     * 210 lb stays 95 kg when saved untouched), else its text read in {@code unit}.
     */
    static Mass mass(Field input, MassUnit unit, String field) {
        return input.shownMass().orElseGet(() -> mass(input.value(), unit, field));
    }

    static Mass mass(String text, MassUnit unit, String field) {
        double value = number(text, field);
        try {
            return Mass.of(value, unit);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, capital(field) + " must be between 0 and "
                    + UnitPreferences.number(Mass.kilograms(Mass.MAX_KILOGRAMS).in(unit), 0) + " " + unit.symbol()
                    + ".");
        }
    }

    static Distance distance(String text, DistanceUnit unit, String field) {
        double value = number(text, field);
        if (value <= 0) {
            throw new InvalidValueException(field, capital(field) + " must be more than zero.");
        }
        try {
            return Distance.of(value, unit);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, capital(field) + " is longer than anyone covers in a session.");
        }
    }

    static Rpe rpe(String text, String field) {
        double value = number(text, field);
        if (value < 0 || value > 10) {
            throw new InvalidValueException(field, capital(field) + " must be between 0 and 10.");
        }
        return Rpe.of(value);
    }

    /** "25:00" (minutes and seconds), "1:45:00", or a plain number of minutes; more than zero, at most a day. */
    static Duration duration(String text, String field) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher clock = CLOCK.matcher(t);
        Duration d;
        if (clock.matches()) {
            long a = Long.parseLong(clock.group(1));
            long b = Long.parseLong(clock.group(2));
            String c = clock.group(3);
            if (b > 59 || c != null && Long.parseLong(c) > 59) {
                throw new InvalidValueException(field, capital(field) + ": minutes and seconds go up to 59.");
            }
            d = c == null ? Duration.ofMinutes(a).plusSeconds(b)
                    : Duration.ofHours(a).plusMinutes(b).plusSeconds(Long.parseLong(c));
        } else if (t.endsWith("min") && NUMBER.matcher(t.substring(0, t.length() - 3).strip()).matches()) {
            d = Duration.ofMillis(Math.round(number(t.substring(0, t.length() - 3), field) * 60_000));
        } else if (NUMBER.matcher(t).matches()) {
            d = Duration.ofMillis(Math.round(number(t, field) * 60_000));
        } else {
            throw new InvalidValueException(field, capital(field) + " must be a time such as 25:00, 1:45:00 or 40 "
                    + "(minutes)" + (t.isEmpty() ? "." : " (was \"" + text.strip() + "\")."));
        }
        return Checks.positiveDuration(d, field);
    }

    /** A pace as its sport states it: per km or mile, per 500 m rowing, per 100 m swimming; a speed for rides. */
    static Pace pace(String text, Modality modality, DistanceUnit unit) {
        if (modality.showsSpeed()) {
            double perHour = number(text, "speed");
            if (perHour <= 0) {
                throw new InvalidValueException("speed", "Speed must be more than zero.");
            }
            return Pace.fromSpeed(unit == DistanceUnit.KM ? perHour : perHour * Distance.METRES_PER_MILE / 1000);
        }
        Duration per = duration(text, "pace");
        if (modality.paceMetres() > 0) {
            return new Pace(per.toMillis() / 1000.0 * 1000 / modality.paceMetres());
        }
        return Pace.per(per, unit);
    }

    static String paceText(Pace pace, Modality modality, DistanceUnit unit) {
        if (modality.showsSpeed()) {
            return UnitPreferences.number(3600 / pace.secondsPer(unit), 1);
        }
        if (modality.paceMetres() > 0) {
            return Durations.clock(Duration.ofMillis(Math.round(pace.secondsPerKilometre() * modality.paceMetres())));
        }
        return Durations.clock(pace.per(unit));
    }

    static String paceUnit(Modality modality, DistanceUnit unit) {
        if (modality.showsSpeed()) {
            return unit == DistanceUnit.KM ? "km/h" : "mph";
        }
        return modality.paceMetres() > 0 ? "/" + modality.paceMetres() + " m" : "/" + unit.symbol();
    }

    static LocalDate date(String text, String field) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new InvalidValueException(field, capital(field) + " is required.");
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, capital(field) + " must be written as year-month-day, such as "
                    + "2026-11-23 (was \"" + t + "\").");
        }
    }

    static String capital(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
