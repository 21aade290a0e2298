package app.overload.bench;

import java.util.Locale;

/**
 * One line of the benchmark table: what was measured, the median, the floor it is compared with (if any), and
 * the target it must meet.
 *
 * @param floor the comparable baseline in the same unit, or NaN when the figure has none
 */
record Figure(String name, double value, String unit, double floor, String target, boolean met) {

    static Figure under(String name, double ms, double limitMs) {
        return new Figure(name, ms, "ms", Double.NaN, "< " + fmt(limitMs) + " ms", ms < limitMs);
    }

    String valueText() {
        return fmt(value) + " " + unit;
    }

    String floorText() {
        return Double.isNaN(floor) ? "—" : fmt(floor) + " " + unit;
    }

    String ratioText() {
        return Double.isNaN(floor) || floor <= 0 ? "—" : String.format(Locale.ROOT, "%.2f×", value / floor);
    }

    static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
