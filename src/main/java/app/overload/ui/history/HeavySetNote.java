package app.overload.ui.history;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.progression.ShortRest;

/**
 * The history's note on heavy sets taken with short rest. The history has no e1RM at hand for every exercise, so it
 * uses each entry's own best set, as the log form does for an exercise without history.
 */
final class HeavySetNote {

    private HeavySetNote() {
    }

    static int count(Session session) {
        int flagged = 0;
        for (ActivityEntry e : session.entries()) {
            if (e instanceof StrengthEntry s) {
                flagged += ShortRest.flags(s, null).size();
            }
        }
        return flagged;
    }

    /** " · ⚠ 2 heavy sets with short rest", or empty. */
    static String suffix(Session session) {
        int n = count(session);
        return n == 0 ? "" : " · ⚠ " + n + (n == 1 ? " heavy set" : " heavy sets") + " with short rest";
    }
}
