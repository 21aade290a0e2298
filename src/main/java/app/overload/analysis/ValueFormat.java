package app.overload.analysis;

import java.time.Duration;
import java.util.Locale;

import app.overload.domain.Durations;
import app.overload.domain.UnitPreferences;

/** How the numbers of a value axis are written: plain numbers, or times (paces, race times) as a clock. */
public enum ValueFormat {

    /** Up to two decimals for small numbers, none for large ones: 1.25, 42.5, 1,250. */
    NUMBER,
    /** The value is seconds, written m:ss or h:mm:ss. */
    CLOCK,
    /** Whole things, such as sessions: axes step in whole numbers. */
    COUNT,
    /** The value is hours, written h:mm as time is read on a clock: 2:30, not 2.5. */
    HOURS;

    public String format(double value) {
        if (this == CLOCK) {
            return Durations.clock(Duration.ofMillis(Math.round(value * 1000)));
        }
        if (this == COUNT) {
            return Formats.whole(value);
        }
        if (this == HOURS) {
            long minutes = Math.round(Math.abs(value) * 60);
            return (value < 0 && minutes > 0 ? "-" : "") + minutes / 60 + ":" + (minutes % 60 < 10 ? "0" : "")
                    + minutes % 60;
        }
        double size = Math.abs(value);
        if (size >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return UnitPreferences.number(value, size >= 100 ? 0 : size >= 10 ? 1 : 2);
    }
}
