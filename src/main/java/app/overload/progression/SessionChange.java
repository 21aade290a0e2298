package app.overload.progression;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Checks;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.SessionId;

/**
 * One planned session a re-plan changes: what it was and what it becomes (its day, its prescriptions), each changed
 * prescription with the engine's decision and reason, and what the preview itself did to it (skipped, moved, added).
 *
 * @param before the session as the plan has it now; null for a session a preview adds
 * @param after  the session as re-planned; null for a session a preview skips
 * @param lines  the changed prescriptions: {@code prescribed} as planned now, {@code suggested} as re-planned
 * @param note   what the preview did to the session ("Moved to Saturday."); empty when it only re-planned it
 */
public record SessionChange(PlannedSessionId id, PlannedSession before, LocalDate dateBefore, PlannedSession after,
        LocalDate dateAfter, List<Suggestion> lines, String note) {

    /** What happens to the session. */
    public enum Kind {
        CHANGED, MOVED, SKIPPED, ADDED
    }

    public SessionChange {
        Checks.required(id, "id");
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change needs the session before or after it.");
        }
        lines = Checks.list(lines, "lines");
        note = note == null ? "" : note;
    }

    public Kind kind() {
        if (before == null) {
            return Kind.ADDED;
        }
        if (after == null) {
            return Kind.SKIPPED;
        }
        return dateBefore.equals(dateAfter) ? Kind.CHANGED : Kind.MOVED;
    }

    /** The day the session is on after the change, or was on when it is skipped. */
    public LocalDate date() {
        return after == null ? dateBefore : dateAfter;
    }

    /** The session's name, as it is after the change (or was). */
    public String name() {
        return (after == null ? before : after).displayName();
    }

    /** Every reason in one paragraph: what the preview did, then why each prescription changed. */
    public String reason() {
        StringBuilder text = new StringBuilder(note);
        for (Suggestion s : lines) {
            text.append(text.length() == 0 ? "" : " ").append(s.reason());
        }
        return text.toString();
    }

    /** The logged sessions the reasons cite, each once, oldest reason first. */
    public List<SessionId> basedOn() {
        return lines.stream().flatMap(s -> s.basedOn().stream()).distinct().toList();
    }
}
