package app.overload.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import app.overload.domain.Checks;
import app.overload.domain.WeekKind;

/**
 * One week of a block's plan: its kind (normal, deload, taper), phase, planned sessions in date order and whether
 * today falls in it.
 *
 * @param phase the phase's name, or empty when the week is in none
 */
public record PlanWeek(int week, LocalDate start, WeekKind kind, String phase, List<PlannedDay> sessions,
        boolean current) {

    public PlanWeek {
        Checks.required(start, "week start");
        Checks.required(kind, "week kind");
        phase = phase == null ? "" : phase;
        sessions = Checks.list(sessions, "sessions");
    }

    public int done() {
        return (int) sessions.stream().filter(s -> s.state() == PlanState.DONE).count();
    }

    /** Sessions that count toward compliance so far: done ones and those whose day has passed. */
    public int due() {
        return (int) sessions.stream().filter(PlannedDay::due).count();
    }

    /** Done of due, in percent; empty while nothing is due yet. */
    public OptionalInt compliance() {
        return Compliance.percent(done(), due());
    }

    public LocalDate end() {
        return start.plusDays(6);
    }
}
