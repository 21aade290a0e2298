package app.overload.progression;

import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Mass;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.StrengthEntry;
import app.overload.domain.UnitPreferences;

/**
 * Linear load progression (5×5 style): after a session that did everything prescribed, add the increment; after
 * {@code failuresBeforeDeload} missed sessions in a row at one load, take {@code deloadFraction} off and climb
 * again; otherwise hold. A set logged at RPE 9.5 where 8 was prescribed also holds.
 */
final class LinearRule {

    private LinearRule() {
    }

    static Proposal suggest(Context c, ProgressionRule.Linear rule) {
        Prescription.Strength target = (Prescription.Strength) c.target.prescription();
        PlannedSeries.Attempt last = c.last().orElseThrow();
        Mass load = workingLoad(last);
        List<PlannedSeries.Attempt> atLoad = atSameLoad(c.normal, load);
        List<StrengthVerdict> verdicts = atLoad.stream().map(a -> verdict(c, a)).toList();
        StrengthVerdict lastVerdict = verdicts.get(verdicts.size() - 1);
        String what = c.text.sets((Prescription.Strength) last.prescribed());
        int misses = 0;
        for (int i = verdicts.size() - 1; i >= 0 && !verdicts.get(i).success(); i--) {
            misses++;
        }
        List<PlannedSeries.Attempt> missed = atLoad.subList(atLoad.size() - misses, atLoad.size());
        if (misses >= rule.failuresBeforeDeload()) {
            Mass lighter = PlateMath.down(load.kilograms() * (1 - rule.deloadFraction()), rule.increment(), c.unit());
            return new Proposal(Prescriptions.withTopLoad(target, lighter, c.unit()), new Decision.Deload(false),
                    what + " missed on " + Context.on(missed) + ", " + misses + " times in a row → deload "
                            + percent(rule.deloadFraction()) + " to " + c.text.load(lighter) + ".",
                    Context.ids(missed));
        }
        if (lastVerdict.success()) {
            Mass heavier = PlateMath.up(load, rule.increment(), c.unit());
            int done = 0;
            for (int i = verdicts.size() - 1; i >= 0 && verdicts.get(i).success(); i--) {
                done++;
            }
            List<PlannedSeries.Attempt> doneRun = atLoad.subList(atLoad.size() - done, atLoad.size());
            List<PlannedSeries.Attempt> before = atLoad.subList(0, atLoad.size() - done).stream()
                    .filter(a -> !verdict(c, a).success()).toList();
            String start = before.isEmpty() ? "All " + what + " done on "
                    : what + " missed on " + Context.on(before) + ", then all done on ";
            return new Proposal(Prescriptions.withTopLoad(target, heavier, c.unit()),
                    new Decision.IncreaseLoad(load, heavier), start + Context.on(doneRun) + lastVerdict.judgedBy()
                            + " → " + c.text.load(heavier) + ".", Context.ids(atLoad));
        }
        load = c.loadable(load);
        Prescription.Strength same = Prescriptions.withTopLoad(target, load, c.unit());
        if (lastVerdict.hardRpe()) {
            String logged = lastVerdict.bySession() ? " had a session RPE of " + lastVerdict.topRpe() + " where "
                    + lastVerdict.cap() + " was prescribed (no set carried an RPE, so the session's was judged)"
                    : " was logged at RPE " + lastVerdict.topRpe() + " where " + lastVerdict.cap() + " was prescribed";
            return new Proposal(same, new Decision.Hold(), what + " on " + Context.on(List.of(last)) + logged
                    + " → hold " + c.text.load(load) + ".", Context.ids(List.of(last)));
        }
        return new Proposal(same, new Decision.Hold(), what + " missed on " + Context.on(missed) + " ("
                + lastVerdict.shortfall() + "); " + misses + " of " + rule.failuresBeforeDeload()
                + " misses before a deload → hold " + c.text.load(load) + ".", Context.ids(missed));
    }

    /** Moves an increase, deload or restart on by one increment for each session still to come before this one. */
    static Proposal project(Context c, Proposal p, Mass increment, int steps) {
        if (steps == 0 || !(p.suggested() instanceof Prescription.Strength rx) || !climbs(p.decision())) {
            return p;
        }
        Mass top = PrescribedLoads.topFixed(rx);
        if (top == null || increment.isZero()) {
            return p;
        }
        Mass projected = top;
        for (int i = 0; i < steps; i++) {
            projected = PlateMath.up(projected, increment, c.unit());
        }
        return new Proposal(Prescriptions.withTopLoad(rx, projected, c.unit()), p.decision(),
                stillToCome(p.reason(), steps, c.text.load(projected)), p.basedOn());
    }

    static boolean climbs(Decision d) {
        return d instanceof Decision.IncreaseLoad || d instanceof Decision.Deload || d instanceof Decision.Start
                || d instanceof Decision.RestartAfterBreak;
    }

    /** The reason of the first session to come, carried to this one: "…; 107.5 kg here if the 2 sessions…". */
    static String stillToCome(String reason, int steps, String result) {
        String base = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
        return base + "; " + result + " here if the " + (steps == 1 ? "session" : steps + " sessions")
                + " before it go" + (steps == 1 ? "es" : "") + " to plan.";
    }

    /** The prescribed top load of an attempt, or what was lifted when the prescription had no fixed load. */
    static Mass workingLoad(PlannedSeries.Attempt attempt) {
        Mass top = PrescribedLoads.topFixed((Prescription.Strength) attempt.prescribed());
        if (top != null) {
            return top;
        }
        return ((StrengthEntry) attempt.entry()).workSets().stream().map(s -> s.load()).max(Mass::compareTo)
                .orElse(Mass.ZERO);
    }

    static StrengthVerdict verdict(Context c, PlannedSeries.Attempt a) {
        return StrengthVerdict.judge((Prescription.Strength) a.prescribed(), (StrengthEntry) a.entry(),
                a.session().rpe(), c.text);
    }

    /** The latest attempts prescribed at {@code load}, back to the first at another load. */
    private static List<PlannedSeries.Attempt> atSameLoad(List<PlannedSeries.Attempt> attempts, Mass load) {
        List<PlannedSeries.Attempt> same = new ArrayList<>();
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (!workingLoad(attempts.get(i)).sameAs(load)) {
                break;
            }
            same.add(0, attempts.get(i));
        }
        return same;
    }

    static String percent(double fraction) {
        return UnitPreferences.number(fraction * 100, 1) + " %";
    }
}
