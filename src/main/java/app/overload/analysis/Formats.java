package app.overload.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and counts as tooltips and notes write them; English, like the rest of the app. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /** "Mon 2 Nov 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "2 Nov 2026". */
    public static String date(LocalDate date) {
        return SHORT.format(date);
    }

    /** "1,250". */
    public static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** "1 session", "3 sessions". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** At most one decimal: "54.2", "-6.8", "3". */
    public static String one(double value) {
        return app.overload.domain.UnitPreferences.number(value, 1);
    }

    /** At most two decimals: "1.22". */
    public static String two(double value) {
        return app.overload.domain.UnitPreferences.number(value, 2);
    }

    /** "42 %". */
    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
