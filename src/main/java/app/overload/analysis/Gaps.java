package app.overload.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Stretches of a window with nothing logged, long enough that a line drawn across them would mislead. */
public final class Gaps {

    /** About two months: shorter breaks are ordinary holidays and deloads. */
    public static final int MIN_DAYS = 56;

    private Gaps() {
    }

    /** The gaps of at least {@link #MIN_DAYS} empty days in {@code window}, given the sorted days with data. */
    public static List<Mark.Gap> find(List<LocalDate> sortedDays, DateWindow window) {
        List<LocalDate> inside = sortedDays.stream().filter(window::contains).toList();
        List<Mark.Gap> gaps = new ArrayList<>();
        if (inside.isEmpty()) {
            return gaps;
        }
        LocalDate previous = window.from().minusDays(1);
        for (LocalDate day : inside) {
            addIfLong(gaps, previous.plusDays(1), day.minusDays(1));
            previous = day;
        }
        addIfLong(gaps, previous.plusDays(1), window.to());
        return gaps;
    }

    private static void addIfLong(List<Mark.Gap> gaps, LocalDate from, LocalDate to) {
        if (ChronoUnit.DAYS.between(from, to) + 1 >= MIN_DAYS) {
            gaps.add(new Mark.Gap(from, to));
        }
    }
}
