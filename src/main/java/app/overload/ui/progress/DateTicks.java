package app.overload.ui.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calendar-aligned ticks for a date axis: Mondays, first days of months or of years, whichever is the finest step
 * that leaves room for every label. Tick values are epoch days.
 */
enum DateTicks {
    DAY(1, "d MMM"),
    WEEK(7, "d MMM"),
    TWO_WEEKS(14, "d MMM"),
    MONTH(30.4, "MMM yyyy"),
    TWO_MONTHS(61, "MMM yyyy"),
    QUARTER(91, "MMM yyyy"),
    HALF_YEAR(182, "MMM yyyy"),
    YEAR(365, "yyyy"),
    TWO_YEARS(730, "yyyy"),
    FIVE_YEARS(1826, "yyyy");

    private final double days;
    private final DateTimeFormatter format;

    DateTicks(double days, String pattern) {
        this.days = days;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /** The finest step that puts at most {@code maxTicks} ticks on {@code spanDays} days. */
    static DateTicks choose(double spanDays, int maxTicks) {
        for (DateTicks step : values()) {
            if (spanDays / step.days <= maxTicks) {
                return step;
            }
        }
        return FIVE_YEARS;
    }

    /** Tick days from {@code first} to {@code last} (epoch days, both included). */
    List<Long> ticks(long first, long last) {
        List<Long> ticks = new ArrayList<>();
        for (LocalDate d = align(LocalDate.ofEpochDay(first)); d.toEpochDay() <= last; d = next(d)) {
            ticks.add(d.toEpochDay());
        }
        return ticks;
    }

    String label(long epochDay) {
        return format.format(LocalDate.ofEpochDay(epochDay));
    }

    /** The first tick on or after {@code day}. */
    private LocalDate align(LocalDate day) {
        switch (this) {
            case DAY:
                return day;
            case WEEK:
                return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case TWO_WEEKS: {
                LocalDate monday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                // Every other Monday counted from a fixed Monday, so the ticks do not jump when the range moves.
                return (monday.toEpochDay() - 4) / 7 % 2 == 0 ? monday : monday.plusWeeks(1);
            }
            default:
                int months = monthsPerStep();
                LocalDate first = day.withDayOfMonth(1);
                if (first.isBefore(day)) {
                    first = first.plusMonths(1);
                }
                while ((first.getYear() * 12 + first.getMonthValue() - 1) % months != 0) {
                    first = first.plusMonths(1);
                }
                return first;
        }
    }

    private LocalDate next(LocalDate tick) {
        switch (this) {
            case DAY:
                return tick.plusDays(1);
            case WEEK:
                return tick.plusWeeks(1);
            case TWO_WEEKS:
                return tick.plusWeeks(2);
            default:
                return tick.plusMonths(monthsPerStep());
        }
    }

    private int monthsPerStep() {
        switch (this) {
            case MONTH:
                return 1;
            case TWO_MONTHS:
                return 2;
            case QUARTER:
                return 3;
            case HALF_YEAR:
                return 6;
            case YEAR:
                return 12;
            case TWO_YEARS:
                return 24;
            default:
                return 60;
        }
    }
}
