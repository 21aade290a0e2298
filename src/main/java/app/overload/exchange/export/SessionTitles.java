package app.overload.exchange.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;

/**
 * The name a session goes by in a file that has room for one, as another app's "workout name": a workout's label, a
 * training session's planned title ("Workout A") or else its purpose ("Tempo / threshold").
 */
public final class SessionTitles {

    /** A workout logged without a label; other apps expect every workout to have a name. */
    public static final String UNNAMED = "Workout";

    private final Map<PlannedSessionId, PlannedSession> planned = new HashMap<>();

    public SessionTitles(List<TrainingBlock> blocks) {
        for (TrainingBlock b : blocks) {
            for (PlannedSession p : b.plan()) {
                planned.put(p.id(), p);
            }
        }
    }

    public String of(Session session) {
        if (session instanceof Workout w) {
            return w.label().isEmpty() ? UNNAMED : w.label();
        }
        TrainingSession t = (TrainingSession) session;
        PlannedSession p = t.plannedSession() == null ? null : planned.get(t.plannedSession());
        return p != null && !p.title().isEmpty() ? p.title() : t.purpose().label();
    }
}
