package app.overload.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by the domain records; each failure names the field. */
public final class Checks {

    /** Longest free text (notes) a session or plan accepts. */
    public static final int MAX_NOTES = 10_000;
    /** Longest single-line name or label. */
    public static final int MAX_NAME = 120;
    /** Longest duration of one session or entry. */
    public static final Duration MAX_DURATION = Duration.ofHours(24);
    /**
     * First and last day a logbook holds. Dates are stored as ISO text, which sorts in date order only while
     * years have four digits; the narrower span also stops a mistyped year from hiding a session.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    private Checks() {
    }

    /** Whether {@code day} lies between {@link #FIRST_DAY} and {@link #LAST_DAY}, both included. */
    public static boolean inLogbookRange(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, capitalised(field) + " is required.");
        }
        return value;
    }

    public static double finiteInRange(double value, double min, double max, String field, String unit) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, capitalised(field) + " must be a number.");
        }
        if (value < min || value > max) {
            String suffix = unit.isEmpty() ? "" : " " + unit;
            throw new InvalidValueException(field, capitalised(field) + " must be between " + plain(min) + " and "
                    + plain(max) + suffix + " (was " + plain(value) + suffix + ").");
        }
        return value;
    }

    public static int intInRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field,
                    capitalised(field) + " must be between " + min + " and " + max + " (was " + value + ").");
        }
        return value;
    }

    /** A single-line name: not blank, no control characters, at most {@link #MAX_NAME} characters. */
    public static String name(String value, String field) {
        required(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, capitalised(field) + " must not be empty.");
        }
        return singleLine(trimmed, field);
    }

    /** An optional single-line label: null or blank becomes the empty string. */
    public static String optionalName(String value, String field) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return singleLine(value.strip(), field);
    }

    private static String singleLine(String value, String field) {
        if (value.codePointCount(0, value.length()) > MAX_NAME) {
            throw new InvalidValueException(field,
                    capitalised(field) + " is too long (at most " + MAX_NAME + " characters).");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, capitalised(field) + " must not contain control characters.");
        }
        return value;
    }

    /** Free text: null becomes empty; line breaks and tabs are allowed, other control characters are not. */
    public static String notes(String value, String field) {
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_NOTES) {
            throw new InvalidValueException(field,
                    capitalised(field) + " are too long (at most " + MAX_NOTES + " characters).");
        }
        boolean badControl = value.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        if (badControl) {
            throw new InvalidValueException(field, capitalised(field) + " must not contain control characters.");
        }
        return value;
    }

    /** A duration that is positive and at most a day, kept to the millisecond. */
    public static Duration positiveDuration(Duration value, String field) {
        required(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(field, capitalised(field) + " must be longer than zero.");
        }
        if (value.compareTo(MAX_DURATION) > 0) {
            // Past a thousand hours the value is junk, not a long session: no need to spell out its hours.
            String was = value.compareTo(Duration.ofHours(1000)) > 0 ? "more than 1,000 hours"
                    : Durations.clock(value);
            throw new InvalidValueException(field, capitalised(field) + " must be at most 24 hours (was " + was
                    + ").");
        }
        return value.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A duration that may be zero (rest, recovery) but not negative or over a day, kept to the millisecond. */
    public static Duration nonNegativeDuration(Duration value, String field) {
        required(value, field);
        if (value.isNegative()) {
            throw new InvalidValueException(field, capitalised(field) + " must not be negative.");
        }
        if (value.compareTo(MAX_DURATION) > 0) {
            throw new InvalidValueException(field, capitalised(field) + " must be at most 24 hours.");
        }
        return value.truncatedTo(ChronoUnit.MILLIS);
    }

    public static <T> List<T> list(List<T> value, String field) {
        required(value, field);
        value.forEach(v -> Objects.requireNonNull(v, field + " must not contain empty items"));
        return List.copyOf(value);
    }

    static String capitalised(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /**
     * "1,000", "2,204.62"; a number past a trillion, which only junk holds, in a few characters ("1.8e308")
     * instead of hundreds of digits.
     */
    static String plain(double value) {
        if (Math.abs(value) >= 1e12) {
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(2));
            int exponent = rounded.precision() - rounded.scale() - 1;
            return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
        }
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
