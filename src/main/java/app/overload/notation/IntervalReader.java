package app.overload.notation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.Interval;
import app.overload.domain.InvalidValueException;
import app.overload.notation.Token.Type;

/** The intervals of a run before its comma: "6 x 800 m @ 3:15 rest 90 s + 4 x 3:00 jog 400 m". */
final class IntervalReader {

    private IntervalReader() {
    }

    /** "6 x 800 m @ 3:15 rest 90 s + 4 x 3:00 jog 400 m": repeats, the work, its time, the recovery. */
    static List<Interval> read(Cursor in) {
        List<Interval> pieces = new ArrayList<>();
        while (!in.done()) {
            Token first = in.peek();
            int repeats = 1;
            if (in.at(Type.NUMBER) && in.at(1, Type.TIMES)) {
                repeats = in.whole(in.next(), 1, 200, "repeats");
                in.next();
            }
            Distance workDistance = null;
            Duration workTime = null;
            if (in.atDistance()) {
                workDistance = Distance.metres(in.metres("800 m"));
                if (in.at(Type.AT)) {
                    in.next();
                    workTime = in.duration("3:15");
                }
            } else if (in.atDuration()) {
                workTime = in.duration("3:00");
            } else if (in.at(Type.NUMBER)) {
                throw in.refuse(in.peek(), "a unit after the distance, e.g. 800 m");
            } else {
                throw in.refuseHere(first, "a distance or a time for each repeat, e.g. 6 x 800 m @ 3:15 or 4 x 3:00");
            }
            Distance recoveryDistance = null;
            Duration recoveryTime = null;
            if (in.atWord("rest", "jog", "recovery", "recover", "float", "walk", "easy", "with") || in.at(Type.SLASH)) {
                Token word = in.next();
                if (in.atDistance()) {
                    recoveryDistance = Distance.metres(in.metres("200 m"));
                    if (in.atWord("in")) {
                        in.next();
                        recoveryTime = in.duration("1:30");
                    } else if (in.atDuration()) {
                        recoveryTime = in.duration("1:30");
                    }
                } else if (in.atDuration()) {
                    recoveryTime = in.duration("90 s");
                } else {
                    throw in.refuseHere(word, "the recovery as a time or a distance, e.g. rest 90 s or jog 200 m");
                }
            }
            try {
                pieces.add(new Interval(repeats, workDistance, workTime, recoveryDistance, recoveryTime));
            } catch (InvalidValueException e) {
                throw in.refuse(first, in.last(), e.getMessage());
            }
            if (in.at(Type.PLUS)) {
                Token plus = in.next();
                if (in.done()) {
                    throw in.refuse(plus, "more intervals after it, e.g. + 4 x 200 m @ 0:40");
                }
            }
        }
        return pieces;
    }
}
