package app.overload.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The period one bar adds up. Weeks (Monday to Sunday, as in the history) up to about a year; months beyond, so ten
 * years are 120 readable bars instead of 520 slivers.
 */
public enum Bucket {
    WEEK, MONTH;

    /** Longest window still drawn week by week. */
    static final long MAX_WEEKLY_DAYS = 371;
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public static Bucket forWindow(DateWindow window) {
        return window.days() <= MAX_WEEKLY_DAYS ? WEEK : MONTH;
    }

    /** The first day of the period {@code day} falls in. */
    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    /** "Week of 2 Nov 2026" or "November 2026". */
    public String label(LocalDate start) {
        return this == WEEK ? "Week of " + Formats.date(start) : MONTH_NAME.format(start);
    }

    /** "week" or "month", for titles such as "Volume per week". */
    public String noun() {
        return this == WEEK ? "week" : "month";
    }
}
