package app.overload.notation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import app.overload.domain.Distance;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.notation.SetGroup.Load;
import app.overload.notation.Token.Type;

/**
 * The sets after an exercise's name: groups such as {@code 5x5 @ 100}, {@code 5, 5, 4 @ 100 kg} or
 * {@code 100x5, 105x3, 110x1}, each with its own RPE, rest, failures and kind, joined by {@code +} or a comma.
 * A load written without a unit is in the unit written elsewhere in the entry, else in the user's.
 */
final class StrengthReader {

    /** More sets than this, written as {@code NxR} with no load at all, are taken for a mistyped load. */
    static final int MOST_BARE_SETS = 50;
    private static final String SETS = "sets such as 5x5 @ 100, reps such as 5, 5, 4 @ 100, load × reps such as "
            + "100x5, 105x3, or a carry such as 40 kg x 40 m";
    private static final String AFTER = "rpe, rest, failed, or more sets after + or a comma";

    private final Cursor in;
    private final MassUnit userUnit;
    private final List<SetGroup> groups = new ArrayList<>();

    private StrengthReader(Cursor in, MassUnit userUnit) {
        this.in = in;
        this.userUnit = userUnit;
    }

    /** The sets of the entry whose name was {@code name}; the cursor stands after the name. */
    static List<StrengthSet> read(Cursor in, MassUnit userUnit, String name, Token nameToken) {
        if (in.done()) {
            throw in.refuse(nameToken, in.last(), "sets after the name, e.g. " + name + " 5x5 @ 100");
        }
        return new StrengthReader(in, userUnit).read();
    }

    private List<StrengthSet> read() {
        while (true) {
            group();
            if (in.done()) {
                break;
            }
            if (in.at(Type.COMMA) || in.at(Type.PLUS) || in.at(Type.SEP) || in.atWord("then", "and")) {
                Token joint = in.next();
                if (in.done()) {
                    throw in.refuse(joint, "more sets after it, e.g. + 3x5 @ 80");
                }
            } else if (!in.at(Type.NUMBER) && !atWarmPrefix() && !CarryReader.ahead(in, 0)) {
                throw in.refuse(in.peek(), AFTER);
            }
        }
        MassUnit unit = writtenUnit().orElse(userUnit);
        List<StrengthSet> sets = new ArrayList<>();
        for (SetGroup g : groups) {
            sets.addAll(build(g, unit));
        }
        return sets;
    }

    private Optional<MassUnit> writtenUnit() {
        for (SetGroup g : groups) {
            if (g.load != null && g.load.unit() != null) {
                return Optional.of(g.load.unit());
            }
            for (Load l : g.itemLoads) {
                if (l.unit() != null) {
                    return Optional.of(l.unit());
                }
            }
        }
        return Optional.empty();
    }

    private boolean atWarmPrefix() {
        return in.atWord("w", "wu", "warmup", "warm-up", "warmups", "warm-ups") && in.at(1, Type.COLON);
    }

    private void group() {
        SetGroup g = new SetGroup(in.peek());
        if (atWarmPrefix()) {
            in.next();
            in.next();
            g.warm = true;
        }
        if (CarryReader.ahead(in, 0)) {
            CarryReader.read(in, g);
            modifiers(g);
            g.last = in.last();
            CarryReader.checkCount(in, g);
            groups.add(g);
            return;
        }
        if (!in.at(Type.NUMBER)) {
            throw in.refuseHere(g.first, SETS);
        }
        Token a = in.next();
        Optional<MassUnit> aUnit = in.massUnit();
        if (in.at(Type.TIMES)) {
            Token x = in.next();
            if (!in.at(Type.NUMBER)) {
                throw in.refuse(a, x, "reps after the x, e.g. 5x5");
            }
            Token b = in.next();
            int reps = in.whole(b, 0, StrengthSet.MAX_REPS, "reps");
            if (aUnit.isPresent() || !in.at(Type.AT) && (g.warm || listContinues())) {
                g.itemLoads.add(new Load(a.number(), aUnit.orElse(null), a));
                g.reps.add(reps);
                continueList(g);
            } else {
                if (!in.at(Type.AT) && a.number() > 200) {
                    throw tooManySets(a, b);
                }
                int count = in.whole(a, 1, 200, "sets");
                g.countToken = a;
                for (int i = 0; i < count; i++) {
                    g.reps.add(reps);
                }
            }
        } else {
            if (aUnit.isPresent()) {
                throw in.refuse(a, in.last(), "reps with the load, e.g. 100 kg x 5");
            }
            g.reps.add(in.whole(a, 0, StrengthSet.MAX_REPS, "reps"));
            while (in.at(Type.COMMA) && in.at(1, Type.NUMBER) && !in.at(2, Type.TIMES)
                    && Words.massUnit(in.peek(2)).isEmpty() && !CarryReader.ahead(in, 1)) {
                in.next();
                g.reps.add(in.whole(in.next(), 0, StrengthSet.MAX_REPS, "reps"));
            }
        }
        modifiers(g);
        g.last = in.last();
        checkCount(g);
        groups.add(g);
    }

    /**
     * A comma followed by another {@code load x reps}: the list of sets at their own loads goes on. A carry after
     * the comma ("40 kg x 40 m") starts a group of its own.
     */
    private boolean listContinues() {
        return in.at(Type.COMMA) && in.at(1, Type.NUMBER) && (in.at(2, Type.TIMES) && in.at(3, Type.NUMBER)
                || Words.massUnit(in.peek(2)).isPresent() && in.at(3, Type.TIMES)) && !CarryReader.ahead(in, 1);
    }

    private void continueList(SetGroup g) {
        while (listContinues()) {
            in.next();
            Token load = in.next();
            Optional<MassUnit> unit = in.massUnit();
            Token x = in.next();
            if (!in.at(Type.NUMBER)) {
                throw in.refuse(load, x, "reps after the x, e.g. 100x5");
            }
            g.itemLoads.add(new Load(load.number(), unit.orElse(null), load));
            g.reps.add(in.whole(in.next(), 0, StrengthSet.MAX_REPS, "reps"));
        }
    }

    private void modifiers(SetGroup g) {
        while (!in.done()) {
            Token t = in.peek();
            if (t.is(Type.AT)) {
                at(g, in.next());
            } else if (t.isWord("rpe")) {
                in.next();
                g.rpe = in.rpe(t);
            } else if (t.isWord("rir")) {
                in.next();
                g.rpe = 10 - in.rpe(t);
            } else if (t.isWord("rest")) {
                in.next();
                g.rest = in.duration("rest 90 s or rest 3:00");
            } else if (t.isWord("reps") && g.carry) {
                in.next();
                if (!in.at(Type.NUMBER)) {
                    throw in.refuseHere(t, "the reps of each carry after reps, e.g. reps 10");
                }
                int reps = in.whole(in.next(), 0, StrengthSet.MAX_REPS, "reps");
                g.reps.replaceAll(r -> reps);
            } else if (t.isWord("failed", "fail", "missed")) {
                in.next();
                g.allFailed = true;
            } else if (t.isWord("amrap")) {
                in.next();
                g.kind = SetKind.AMRAP;
            } else if (t.isWord("drop", "drops", "dropset")) {
                in.next();
                g.kind = SetKind.DROP;
            } else if (t.isWord("warmup", "warm-up", "warmups", "warm-ups")) {
                in.next();
                g.warm = true;
            } else if (bodyWeight()) {
                bodyWeightLoad(g, t);
            } else if (Words.massUnit(t).isPresent() && g.hasLoad()) {
                unitAfter(g, in.next());
            } else if (t.is(Type.LPAREN)) {
                parenthesis(g);
            } else {
                return;
            }
        }
    }

    /** After an @: the load when none is given yet, else the RPE ("3x8 @ 60 @ 8"), or "@ RPE 8" / "@ bw". */
    private void at(SetGroup g, Token at) {
        if (in.atWord("rpe")) {
            in.next();
            g.rpe = in.rpe(at);
        } else if (in.atWord("rir")) {
            in.next();
            g.rpe = 10 - in.rpe(at);
        } else if (bodyWeight()) {
            bodyWeightLoad(g, at);
        } else if (g.hasLoad()) {
            if (!in.at(Type.NUMBER) || in.peek().number() > 10) {
                throw in.refuse(at, in.done() ? at : in.peek(), "an RPE from 0 to 10 after the load"
                        + (g.itemLoads.isEmpty() ? "" : "; sets at one load go after a +, e.g. 40x5 + 5x5 @ 100"));
            }
            g.rpe = in.rpe(at);
        } else if (in.at(Type.NUMBER)) {
            Token value = in.next();
            g.load = new Load(value.number(), in.massUnit().orElse(null), value);
        } else {
            throw in.refuseHere(at, "a load after the @, e.g. @ 100 or @ 100 kg");
        }
    }

    private boolean bodyWeight() {
        return in.atWord("bw", "bodyweight") || in.atWord("body") && in.at(1, Type.WORD) && in.peek(1).isWord("weight");
    }

    private void bodyWeightLoad(SetGroup g, Token at) {
        Token first = in.next();
        if (first.isWord("body")) {
            in.next();
        }
        if (g.hasLoad()) {
            throw in.refuse(at, in.last(), "one load per group of sets; this one has one already");
        }
        g.load = new Load(0, null, first);
    }

    /** "100x5, 105x3, 110x1 lb": a unit after a list is the unit of the loads written without one. */
    private void unitAfter(SetGroup g, Token unit) {
        MassUnit u = Words.massUnit(unit).orElseThrow();
        g.itemLoads.replaceAll(l -> l.unit() == null ? new Load(l.value(), u, l.token()) : l);
        if (g.load != null && g.load.unit() == null) {
            g.load = new Load(g.load.value(), u, g.load.token());
        }
    }

    /** "(body weight)", "(2 failed)", "(warm-up only)", "(amrap)", "(drop)". */
    private void parenthesis(SetGroup g) {
        Token open = in.next();
        if (in.at(Type.NUMBER) && in.at(1, Type.WORD) && in.peek(1).isWord("failed") && in.at(2, Type.RPAREN)) {
            g.failedToken = in.peek();
            g.failedCount = in.whole(in.next(), 1, 200, "failed sets");
            in.next();
        } else if (bodyWeight()) {
            bodyWeightLoad(g, open);
        } else if (in.atWord("warmup", "warm-up", "warmups", "warm-ups", "w")) {
            in.next();
            if (in.atWord("only")) {
                in.next();
            }
            g.warm = true;
        } else if (in.atWord("amrap")) {
            in.next();
            g.kind = SetKind.AMRAP;
        } else if (in.atWord("drop", "dropset")) {
            in.next();
            g.kind = SetKind.DROP;
        } else {
            throw in.refuse(open, untilClosed(), "one of (body weight), (1 failed), (warm-up only)");
        }
        if (!in.at(Type.RPAREN)) {
            throw in.refuse(open, untilClosed(), "a closing parenthesis after " + in.source(open, in.last()));
        }
        in.next();
    }

    /** The closing parenthesis ahead, or the last token when there is none. */
    private Token untilClosed() {
        Token end = in.last();
        for (int i = 0; i < in.remaining(); i++) {
            end = in.peek(i);
            if (end.is(Type.RPAREN)) {
                break;
            }
        }
        return end;
    }

    private Refusal tooManySets(Token count, Token reps) {
        String n = count.text();
        String r = reps.text();
        return in.refuse(count, reps, n + " sets? For one set of " + r + " at " + n + " write " + n + " kg x " + r
                + " or 1x" + r + " @ " + n);
    }

    /** "100x5" with no load anywhere, or "100x5 @ 8": a load and reps written the way sets and reps are. */
    private void checkCount(SetGroup g) {
        if (g.countToken == null) {
            return;
        }
        int count = g.reps.size();
        if (g.load == null && count > MOST_BARE_SETS) {
            throw tooManySets(g.countToken, g.last);
        }
        if (g.load != null && count > 30 && g.load.unit() == null && g.load.value() <= 10) {
            throw in.refuse(g.countToken, g.last, count + " sets? For " + g.countToken.text() + " kg × "
                    + g.reps.get(0) + " at RPE " + g.load.token().text() + " write " + g.countToken.text() + " kg x "
                    + g.reps.get(0) + " rpe " + g.load.token().text() + "; for " + count + " sets give the load's "
                    + "unit, e.g. @ " + g.load.token().text() + " kg");
        }
    }

    private List<StrengthSet> build(SetGroup g, MassUnit unit) {
        int n = g.reps.size();
        boolean[] failed = failures(g, n);
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Load load = g.itemLoads.isEmpty() ? g.load : g.itemLoads.get(i);
            Mass mass = mass(load, unit);
            try {
                Distance distance = g.carry && g.metres.get(i) != null ? Distance.metres(g.metres.get(i)) : null;
                Duration time = g.carry ? g.times.get(i) : null;
                sets.add(new StrengthSet(g.reps.get(i), mass, g.rpe == null ? null : Rpe.of(g.rpe), g.rest,
                        g.warm ? SetKind.WARM_UP : g.kind, failed[i], distance, time));
            } catch (InvalidValueException e) {
                throw in.refuse(g.first, g.last, e.getMessage());
            }
        }
        return sets;
    }

    private Mass mass(Load load, MassUnit unit) {
        if (load == null || load.value() == 0) {
            return Mass.ZERO;
        }
        MassUnit u = load.unit() == null ? unit : load.unit();
        double most = Mass.kilograms(Mass.MAX_KILOGRAMS).in(u);
        if (load.value() > most) {
            throw in.refuse(load.token(), in.last(), "a load up to " + UnitPreferences.number(Math.floor(most), 0)
                    + " " + u.symbol());
        }
        return Mass.of(load.value(), u);
    }

    /**
     * Which sets failed: every one for "failed"; for "(2 failed)" the sets of 0 reps, then the last ones, as the
     * summary line counts failures without saying which.
     */
    private boolean[] failures(SetGroup g, int n) {
        boolean[] failed = new boolean[n];
        int zeros = 0;
        for (int i = 0; i < n && !g.carry; i++) {
            if (g.reps.get(i) == 0) {
                failed[i] = true;
                zeros++;
            }
        }
        if (g.allFailed) {
            Arrays.fill(failed, true);
            return failed;
        }
        if (g.failedCount > n) {
            throw in.refuse(g.failedToken, "at most " + n + " failed sets: the group has " + n);
        }
        if (zeros > 0 && g.failedCount < zeros) {
            throw in.refuse(g.first, g.last, "a set of 0 reps only as a failed set, e.g. 5, 5, 0 @ 100 ("
                    + zeros + " failed)");
        }
        int left = g.failedCount - zeros;
        for (int i = n - 1; i >= 0 && left > 0; i--) {
            if (!failed[i]) {
                failed[i] = true;
                left--;
            }
        }
        return failed;
    }
}
