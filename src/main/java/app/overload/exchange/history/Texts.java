package app.overload.exchange.history;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.Checks;

/** Reading numbers and durations the way export files write them, and cleaning text for the domain. */
final class Texts {

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(h|hr|hrs|std|min|m|s|sec)(?![a-zA-Z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,7}):(\\d{1,2})(?::(\\d{1,2}))?");
    /** Longer than this (about 31 years) is read as this: any duration past a day is refused or replaced anyway. */
    private static final double LONGEST_READ_S = 1e9;

    private Texts() {
    }

    /**
     * Spaces other apps put into dates and numbers (no-break U+00A0, narrow no-break U+202F before "PM" on recent
     * iOS, thin U+2009) become ordinary spaces, runs of spaces one.
     */
    static String plainSpaces(String text) {
        if (isPlain(text)) {
            return text.strip(); // the common case, without the cost of two regular expressions per cell
        }
        return text.replaceAll("[\\u00A0\\u202F\\u2007\\u2009\\u200A\\u3000\\t]", " ").replaceAll(" {2,}", " ").strip();
    }

    private static boolean isPlain(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009' || c == '\u200A'
                    || c == '\u3000' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * A decimal number, with a point or (as European exports write it) a comma; thousands separators are not
     * expected in these files. Null for a blank cell.
     *
     * @throws NumberFormatException with a readable message when the cell holds something else
     */
    static Double decimal(String text, String what) {
        if (blank(text)) {
            return null;
        }
        String s = plainSpaces(text).replace(" ", "");
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        try {
            double value = Double.parseDouble(s);
            if (!Double.isFinite(value) || hasLetter(s)) { // "1e3", "NaN", "0x1p3" are not what a person wrote
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new NumberFormatException(what + " is not a number: \"" + shorten(text) + "\"");
        }
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A whole number written as "8" or "8.0"; null for a blank cell. */
    static Integer whole(String text, String what) {
        Double value = decimal(text, what);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) > 1_000_000) {
            throw new NumberFormatException(what + " must be a whole number: \"" + shorten(text) + "\"");
        }
        return value.intValue();
    }

    /**
     * A duration as apps write it: "2h 38m", "45m", "1h", "1 h 5 min", "38:12", "1:02:03", or plain seconds.
     * Null for a blank cell. No length is refused here: the caller holds it to the one limit every duration has.
     */
    static Duration duration(String text) {
        if (blank(text)) {
            return null;
        }
        String s = plainSpaces(text);
        Matcher clock = CLOCK.matcher(s);
        if (clock.matches()) {
            long a = Long.parseLong(clock.group(1));
            long b = Long.parseLong(clock.group(2));
            return clock.group(3) == null ? Duration.ofMinutes(a).plusSeconds(b)
                    : Duration.ofHours(a).plusMinutes(b).plusSeconds(Long.parseLong(clock.group(3)));
        }
        if (s.matches("\\d+(?:[.,]\\d+)?")) {
            return Duration.ofMillis(Math.round(Math.min(LONGEST_READ_S, decimal(s, "duration")) * 1000));
        }
        Matcher part = DURATION_PART.matcher(s);
        double seconds = 0;
        int end = 0;
        boolean any = false;
        while (part.find()) {
            if (!s.substring(end, part.start()).isBlank()) {
                break;
            }
            double n = Double.parseDouble(part.group(1).replace(',', '.'));
            String unit = part.group(2).toLowerCase(Locale.ROOT);
            seconds += n * (unit.startsWith("h") || unit.equals("std") ? 3600 : unit.startsWith("m") ? 60 : 1);
            end = part.end();
            any = true;
        }
        if (!any || !s.substring(end).isBlank() || !Double.isFinite(seconds)) {
            throw new NumberFormatException("duration is not readable: \"" + shorten(text) + "\"");
        }
        return Duration.ofMillis(Math.round(Math.min(LONGEST_READ_S, seconds) * 1000));
    }

    /** Single-line text the domain accepts as a name: control characters become spaces, cut to the limit. */
    static String name(String text) {
        if (text == null) {
            return "";
        }
        String s = plainSpaces(isPlain(text) ? text : text.replaceAll("\\p{Cntrl}", " "));
        return s.codePointCount(0, s.length()) > Checks.MAX_NAME
                ? s.substring(0, s.offsetByCodePoints(0, Checks.MAX_NAME - 1)) + "…" : s;
    }

    /** Free text the domain accepts as notes: odd control characters dropped, cut to the limit. */
    static String notes(String text) {
        if (text == null) {
            return "";
        }
        String s = (isPlain(text) ? text : text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "")).strip();
        return s.length() > Checks.MAX_NOTES ? s.substring(0, Checks.MAX_NOTES - 1) + "…" : s;
    }

    static String shorten(String text) {
        String s = text.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
