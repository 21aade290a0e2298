package app.overload.notation;

import java.time.Duration;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Rpe;
import app.overload.domain.TimedEntry;
import app.overload.notation.Token.Type;

/** A timed activity after its name: "yoga 45 min", "Spin class 45:00 @ RPE 7", "stretching 20 min rpe 3". */
final class TimedReader {

    private TimedReader() {
    }

    static TimedEntry read(Cursor in, String activity, Token name) {
        Duration time = in.duration("45 min or 45:00");
        Double effort = null;
        if (!in.done()) {
            Token t = in.peek();
            if (t.is(Type.AT)) {
                in.next();
                if (in.atWord("rpe")) {
                    in.next();
                }
                effort = in.rpe(t);
            } else if (t.isWord("rpe", "effort")) {
                in.next();
                effort = in.rpe(t);
            }
        }
        if (!in.done()) {
            throw in.refuse(in.peek(), in.lastOfAll(), "nothing more after the time and effort of " + activity
                    + ", e.g. " + activity + " 45 min rpe 6");
        }
        try {
            return TimedEntry.of(activity, time, effort == null ? null : Rpe.of(effort));
        } catch (InvalidValueException e) {
            throw in.refuse(name, in.last(), e.getMessage());
        }
    }
}
