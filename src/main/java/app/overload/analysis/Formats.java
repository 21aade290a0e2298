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

    /** "1,250". Hand-made, because charts write thousands of labels and String.format is slow at that. */
    public static String whole(double value) {
        long n = Math.round(value);
        String digits = Long.toString(Math.abs(n));
        StringBuilder text = new StringBuilder(digits.length() + 4);
        if (n < 0) {
            text.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    /** "1 session", "3 sessions". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** At most one decimal, trailing zero dropped: "54.2", "-6.8", "3". */
    public static String one(double value) {
        return decimals(value, 10);
    }

    /** At most two decimals, trailing zeros dropped: "1.22", "1.2". */
    public static String two(double value) {
        return decimals(value, 100);
    }

    private static String decimals(double value, int scale) {
        long scaled = Math.round(value * scale);
        if (scaled == 0) {
            return "0";
        }
        long whole = Math.abs(scaled) / scale;
        long fraction = Math.abs(scaled) % scale;
        String text = Long.toString(whole);
        if (fraction != 0) {
            String digits = Long.toString(fraction + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text += "." + digits.substring(0, end);
        }
        return scaled < 0 ? "-" + text : text;
    }

    /** "42 %". */
    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
