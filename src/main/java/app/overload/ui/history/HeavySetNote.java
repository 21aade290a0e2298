package app.overload.ui.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import app.overload.domain.ActivityEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.progression.ShortRest;

/**
 * The history's note on heavy sets taken with short rest. The e1RM each set is measured against is the best the
 * loaded weeks show for that exercise (the history pages through recent weeks, so that is a recent best); a deload
 * session is then not "heavy" against itself.
 */
final class HeavySetNote {

    private final Map<ExerciseId, Mass> best = new HashMap<>();

    HeavySetNote(Collection<? extends Collection<Session>> weeks) {
        for (Collection<Session> week : weeks) {
            for (Session s : week) {
                for (ActivityEntry e : s.entries()) {
                    if (e instanceof StrengthEntry strength) {
                        ShortRest.bestEstimate(strength.sets()).ifPresent(m -> best.merge(strength.exercise(), m,
                                (a, b) -> a.compareTo(b) >= 0 ? a : b));
                    }
                }
            }
        }
    }

    int count(Session session) {
        int flagged = 0;
        for (ActivityEntry e : session.entries()) {
            if (e instanceof StrengthEntry s) {
                flagged += ShortRest.flags(s, best.get(s.exercise())).size();
            }
        }
        return flagged;
    }

    /** " · ⚠ 2 heavy sets with short rest", or empty. */
    String suffix(Session session) {
        int n = count(session);
        return n == 0 ? "" : " · ⚠ " + n + (n == 1 ? " heavy set" : " heavy sets") + " with short rest";
    }
}
