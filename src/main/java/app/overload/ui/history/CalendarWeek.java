package app.overload.ui.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.SessionSummary;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingSession;

/**
 * A week of the calendar view: seven days from Monday, each with its sessions as chips, and the week's totals.
 * Text is already in the user's units.
 */
public record CalendarWeek(LocalDate weekStart, String title, String totals, List<List<Chip>> days) {

    /** A session on its day: a short label, the whole summary for the tooltip, and its kind. */
    public record Chip(SessionId id, String label, String detail, boolean training, boolean flagged) {
    }

    public CalendarWeek {
        days = days.stream().map(List::copyOf).toList();
    }

    static CalendarWeek of(LocalDate weekStart, String title, String totals, List<Session> sessions,
            SessionSummary summary, Predicate<Session> flagged) {
        List<List<Chip>> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(new ArrayList<>());
        }
        List<Session> ordered = new ArrayList<>(sessions);
        ordered.sort((a, b) -> a.start().compareTo(b.start()));
        for (Session s : ordered) {
            int day = (int) ChronoUnit.DAYS.between(weekStart, s.date());
            if (day < 0 || day > 6) {
                continue;
            }
            days.get(day).add(new Chip(s.id(), label(s), summary.describe(s), s instanceof TrainingSession,
                    flagged.test(s)));
        }
        return new CalendarWeek(weekStart, title, totals, days);
    }

    /** "Tempo / threshold", "spin class", or the first entry's kind when a workout has no label. */
    private static String label(Session s) {
        String what = SessionSummary.purposeOrLabel(s);
        if (!what.isEmpty()) {
            return what;
        }
        return s.entries().get(0) instanceof StrengthEntry ? "Strength"
                : s.entries().get(0) instanceof EnduranceEntry e ? e.modality().label()
                : ((TimedEntry) s.entries().get(0)).activity();
    }
}
