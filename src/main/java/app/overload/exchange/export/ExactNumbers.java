package app.overload.exchange.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Numbers written so that a reader which multiplies them back by the unit's factor (pounds × 0.45359237, kilometres
 * × 1000, as every importer of ours does) gets exactly the stored SI value: an export read back gives the same
 * sessions, not sessions a hair off. Where a short number does that ("225" lb, "8.5" km) it is preferred, since
 * other apps show these numbers to people.
 */
final class ExactNumbers {

    private ExactNumbers() {
    }

    /**
     * The shortest number of at most {@code decimals} decimals that reads back as {@code stored} in a unit of
     * {@code factor} SI units, or null when there is none.
     */
    static String clean(double stored, double factor, int decimals) {
        if (factor == 1 && stored == Math.rint(stored) && Math.abs(stored) < 1e15) {
            return Long.toString((long) stored); // the common case, a whole number of kilograms, without BigDecimal
        }
        double inUnit = stored / factor;
        for (int d = 0; d <= decimals; d++) {
            String text = plain(BigDecimal.valueOf(inUnit).setScale(d, RoundingMode.HALF_UP));
            if (readsBack(text, factor, stored)) {
                return text;
            }
        }
        return null;
    }

    /**
     * A number that reads back as {@code stored} in a unit of {@code factor}, however many digits it takes, or null
     * when no double does (the product of two doubles cannot reach every double; then the caller uses another unit).
     */
    static String exact(double stored, double factor) {
        if (factor == 1) {
            return plain(BigDecimal.valueOf(stored));
        }
        double guess = stored / factor;
        double[] candidates = {guess, Math.nextUp(guess), Math.nextDown(guess), Math.nextUp(Math.nextUp(guess)),
            Math.nextDown(Math.nextDown(guess))};
        for (double c : candidates) {
            String text = plain(BigDecimal.valueOf(c));
            if (readsBack(text, factor, stored)) {
                return text;
            }
        }
        return null;
    }

    /** As an importer reads it: the text parsed, times the unit's factor (a factor of 1 multiplies nothing). */
    private static boolean readsBack(String text, double factor, double stored) {
        double read = Double.parseDouble(text);
        return (factor == 1 ? read : read * factor) == stored;
    }

    /** No exponent, no trailing zeros: "62.5", "100", "0.001". */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Seconds from a duration kept to the millisecond: "95", "95.5", "0.125". */
    static String seconds(Duration duration) {
        return plain(BigDecimal.valueOf(duration.toMillis(), 3));
    }
}
