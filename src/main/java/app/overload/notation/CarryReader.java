package app.overload.notation;

import java.time.Duration;

import app.overload.notation.SetGroup.Load;
import app.overload.notation.Token.Type;

/**
 * Carries and holds among an exercise's sets: a load carried over a distance or held for a time, as the history
 * writes them ("40 kg × 40 m", "100 kg × 20 m in 0:35", "body weight × 50 m", "3 sets of 20 kg × 1:00") and as
 * people type them ("3 x 40 m @ 40 kg", "3x1:00"). What follows the × tells a carry from a lift: a distance or a
 * time, where a lift has reps. A load before the × needs its unit (or "body weight"): a bare number there is the
 * count of sets, as in a run's "6 x 800 m".
 */
final class CarryReader {

    /** More carries than this with no load written are taken for a load typed without its unit ("40 x 40 m"). */
    static final int MOST_BARE_CARRIES = 10;

    private record Measure(Double metres, Duration time) {
    }

    private CarryReader() {
    }

    /** True when carries or holds start {@code k} tokens ahead. */
    static boolean ahead(Cursor in, int k) {
        return itemAhead(in, k, true) || setsOfAhead(in, k) || countAhead(in, k);
    }

    /**
     * True when carries written with their load start {@code k} tokens ahead ("40 kg × 40 m", "3 sets of …"): after
     * a separator these go on the exercise before it, as the history writes them after its lifts. A count alone
     * ("4 x 400 m") does not, since after a run it is a typo for intervals, not a carry.
     */
    static boolean loadedAhead(Cursor in, int k) {
        return itemAhead(in, k, true) || setsOfAhead(in, k);
    }

    /** "40 kg × 40 m", "body weight × 1:00"; with {@code needUnit} false also "40 × 40 m". */
    private static boolean itemAhead(Cursor in, int k, boolean needUnit) {
        int x;
        if (in.at(k, Type.NUMBER)) {
            boolean unit = Words.massUnit(in.peek(k + 1)).isPresent();
            if (needUnit && !unit) {
                return false;
            }
            x = unit ? k + 2 : k + 1;
        } else if (in.at(k, Type.WORD) && in.peek(k).isWord("bw", "bodyweight")) {
            x = k + 1;
        } else if (in.at(k, Type.WORD) && in.peek(k).isWord("body") && in.peek(k + 1).isWord("weight")) {
            x = k + 2;
        } else {
            return false;
        }
        return in.at(x, Type.TIMES) && measureAhead(in, x + 1);
    }

    /** "3 sets of …". */
    private static boolean setsOfAhead(Cursor in, int k) {
        return in.at(k, Type.NUMBER) && in.peek(k + 1).isWord("sets", "set") && in.peek(k + 2).isWord("of");
    }

    /** "3 x 40 m", "3x1:00": a count of sets, then what each covered. */
    private static boolean countAhead(Cursor in, int k) {
        return in.at(k, Type.NUMBER) && in.at(k + 1, Type.TIMES) && measureAhead(in, k + 2);
    }

    /** A distance with its unit or a time: "40 m", "44 yd", "1:00", "60 s". */
    private static boolean measureAhead(Cursor in, int k) {
        if (in.at(k, Type.CLOCK)) {
            return true;
        }
        return in.at(k, Type.NUMBER) && in.at(k + 1, Type.WORD)
                && (Words.metresPer(in.peek(k + 1)) > 0 || Words.secondsPer(in.peek(k + 1)) > 0);
    }

    /** Reads the carries at the cursor into {@code g}: a count ("3 x 40 m"), or a list of loads × distances. */
    static void read(Cursor in, SetGroup g) {
        g.carry = true;
        if (countAhead(in, 0)) {
            Token count = in.next();
            int n = in.whole(count, 1, 200, "sets");
            in.next();
            Token from = in.peek();
            Measure m = measure(in);
            for (int i = 0; i < n; i++) {
                add(g, null, m);
            }
            g.countToken = count;
            g.countedText = in.source(from, in.last());
            return;
        }
        item(in, g);
        while (in.at(Type.COMMA) && (itemAhead(in, 1, true) || setsOfAhead(in, 1))) {
            in.next();
            item(in, g);
        }
    }

    /** "40 kg × 40 m", or "3 sets of 40 kg × 40 m". */
    private static void item(Cursor in, SetGroup g) {
        int n = 1;
        if (setsOfAhead(in, 0)) {
            Token count = in.next();
            n = in.whole(count, 1, 200, "sets");
            in.next();
            Token of = in.next();
            if (!itemAhead(in, 0, false)) {
                throw in.refuseHere(of, "a carry or a hold after " + in.source(count, of)
                        + ", e.g. 3 sets of 40 kg × 40 m or 3 sets of 20 kg × 1:00");
            }
        }
        Load load;
        if (in.at(Type.NUMBER)) {
            Token value = in.next();
            load = new Load(value.number(), in.massUnit().orElse(null), value);
        } else {
            Token word = in.next();
            if (word.isWord("body")) {
                in.next();
            }
            load = new Load(0, null, word);
        }
        in.next();
        Measure m = measure(in);
        for (int i = 0; i < n; i++) {
            add(g, load, m);
        }
    }

    private static void add(SetGroup g, Load load, Measure m) {
        if (load != null) {
            g.itemLoads.add(load);
        }
        g.reps.add(0);
        g.metres.add(m.metres());
        g.times.add(m.time());
    }

    /** "40 m", "20 m in 0:35", "1:00". */
    private static Measure measure(Cursor in) {
        if (in.atDistance()) {
            double metres = in.metres("40 m");
            Duration time = null;
            if (in.atWord("in")) {
                in.next();
                time = in.duration("0:35");
            }
            return new Measure(metres, time);
        }
        return new Measure(null, in.duration("1:00"));
    }

    /** "40 x 40 m" with no load anywhere: forty trips at body weight, or 40 kg typed without its unit? */
    static void checkCount(Cursor in, SetGroup g) {
        int count = g.reps.size();
        if (g.countToken == null || g.load != null || count <= MOST_BARE_CARRIES) {
            return;
        }
        String n = g.countToken.text();
        String what = g.countedText;
        throw in.refuse(g.countToken, g.last, n + " sets? For " + n + " kg × " + what + " write " + n + " kg x "
                + what + "; for " + n + " sets give the load, e.g. " + n + " x " + what + " @ 20 kg or bw");
    }
}
