package app.overload.progression;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Checks;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.SessionId;

/**
 * The engine's proposal for one prescription of a block week: what the plan says, what the history suggests
 * instead, the decision, a plain sentence saying why, and the sessions that sentence cites.
 *
 * @param plannedSession the planned session the prescription belongs to
 * @param date           the day that session is planned for
 * @param position       the prescription's index within the planned session
 * @param basedOn        the logged sessions the reason cites, oldest first
 */
public record Suggestion(PlannedSessionId plannedSession, LocalDate date, int position, Prescription prescribed,
        Prescription suggested, Decision decision, String reason, List<SessionId> basedOn) {

    public Suggestion {
        Checks.required(plannedSession, "planned session");
        Checks.required(date, "date");
        Checks.intInRange(position, 0, 1_000, "position");
        Checks.required(prescribed, "prescribed");
        Checks.required(suggested, "suggested");
        Checks.required(decision, "decision");
        Checks.required(reason, "reason");
        basedOn = Checks.list(basedOn, "based on");
    }

    /** True when accepting would change the plan. */
    public boolean changesPlan() {
        return !prescribed.equals(suggested);
    }

    /**
     * The same suggestion with a value the user typed over the engine's: the decision and reason stay, so the view
     * can still show why, and accepting stores the edited prescription.
     */
    public Suggestion edited(Prescription value) {
        return new Suggestion(plannedSession, date, position, prescribed, Checks.required(value, "edited value"),
                decision, reason, basedOn);
    }
}
