package app.overload.analysis;

import java.time.LocalDate;

/** The time ranges a chart can show, counted back from today. */
public enum TimeRange {
    FOUR_WEEKS("4 w", "in the last 4 weeks"),
    TWELVE_WEEKS("12 w", "in the last 12 weeks"),
    SIX_MONTHS("6 m", "in the last 6 months"),
    ONE_YEAR("1 y", "in the last year"),
    ALL("All", "in the whole logbook");

    private final String label;
    private final String phrase;

    TimeRange(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    public String label() {
        return label;
    }

    /**
     * The days up to {@code today}; "all" starts at {@code firstLogged}, the first day that has data for the chart
     * (null when there is none, which gives the last 4 weeks so an empty chart still has an axis).
     */
    public DateWindow window(LocalDate today, LocalDate firstLogged) {
        LocalDate from = switch (this) {
            case FOUR_WEEKS -> today.minusWeeks(4).plusDays(1);
            case TWELVE_WEEKS -> today.minusWeeks(12).plusDays(1);
            case SIX_MONTHS -> today.minusMonths(6).plusDays(1);
            case ONE_YEAR -> today.minusYears(1).plusDays(1);
            case ALL -> firstLogged == null || firstLogged.isAfter(today) ? today.minusWeeks(4).plusDays(1)
                    : firstLogged;
        };
        return new DateWindow(from, today, phrase);
    }
}
