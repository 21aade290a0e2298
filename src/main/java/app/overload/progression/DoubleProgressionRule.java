package app.overload.progression;

import java.util.List;

import app.overload.domain.Mass;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;

/**
 * Double progression in a rep range: a successful session earns one more rep per set; once every set reaches the
 * top of the range, the load goes up by the increment and the reps go back to the bottom. A miss holds.
 */
final class DoubleProgressionRule {

    private DoubleProgressionRule() {
    }

    static Proposal suggest(Context c, ProgressionRule.DoubleProgression rule) {
        Prescription.Strength target = (Prescription.Strength) c.target.prescription();
        PlannedSeries.Attempt last = c.last().orElseThrow();
        Prescription.Strength done = (Prescription.Strength) last.prescribed();
        StrengthVerdict verdict = LinearRule.verdict(c, last);
        Mass load = c.loadable(LinearRule.workingLoad(last));
        int reps = prescribedReps(done);
        String what = c.text.sets(done);
        String on = Context.on(List.of(last));
        List<SessionId> ids = Context.ids(List.of(last));
        if (verdict.success() && allReached(done, (StrengthEntry) last.entry(), rule.maxReps())) {
            if (rule.increment().isZero()) {
                return new Proposal(shape(target, rule.maxReps(), load, c), new Decision.Hold(),
                        "Every set reached " + rule.maxReps() + " reps on " + on
                                + ", the top of the range, and the rule adds no load → hold.", ids);
            }
            Mass heavier = PlateMath.up(load, rule.increment(), c.unit());
            return new Proposal(shape(target, rule.minReps(), heavier, c), new Decision.IncreaseLoad(load, heavier),
                    "Every set reached " + rule.maxReps() + " reps at " + c.text.load(load) + " on " + on
                            + verdict.judgedBy() + " → "
                            + c.text.load(heavier) + " and back to " + rule.minReps() + " reps.", ids);
        }
        if (verdict.success()) {
            int more = Math.min(rule.maxReps(), reps + 1);
            return new Proposal(shape(target, more, load, c), new Decision.AddReps(reps, more),
                    "All " + what + " done on " + on + verdict.judgedBy() + " → " + more + " reps a set.", ids);
        }
        return new Proposal(shape(target, reps, load, c), new Decision.Hold(),
                what + " missed on " + on + " (" + verdict.shortfall() + ") → hold " + reps + " reps at "
                        + c.text.load(load) + ".", ids);
    }

    /** One more rep per set for each session still to come, rolling over to more load at the top of the range. */
    static Proposal project(Context c, Proposal p, ProgressionRule.DoubleProgression rule, int steps) {
        if (steps == 0 || !(p.suggested() instanceof Prescription.Strength rx) || !climbs(p.decision())) {
            return p;
        }
        int reps = prescribedReps(rx);
        Mass load = PrescribedLoads.topFixed(rx);
        if (load == null) {
            return p;
        }
        for (int i = 0; i < steps; i++) {
            if (reps >= rule.maxReps() && !rule.increment().isZero()) {
                load = PlateMath.up(load, rule.increment(), c.unit());
                reps = rule.minReps();
            } else {
                reps = Math.min(rule.maxReps(), reps + 1);
            }
        }
        return new Proposal(shape(rx, reps, load, c), p.decision(),
                LinearRule.stillToCome(p.reason(), steps, reps + " reps at " + c.text.load(load)), p.basedOn());
    }

    private static boolean climbs(Decision d) {
        return d instanceof Decision.AddReps || LinearRule.climbs(d);
    }

    static Prescription.Strength shape(Prescription.Strength rx, int reps, Mass load, Context c) {
        return Prescriptions.withTopLoad(Prescriptions.withReps(rx, reps), load, c.unit());
    }

    static int prescribedReps(Prescription.Strength rx) {
        return rx.sets().stream().filter(s -> s.kind().isWork()).mapToInt(PrescribedSet::reps).min()
                .orElse(rx.sets().get(0).reps());
    }

    private static boolean allReached(Prescription.Strength rx, StrengthEntry entry, int max) {
        long wanted = rx.sets().stream().filter(s -> s.kind().isWork()).count();
        List<StrengthSet> work = entry.workSets();
        return work.size() >= wanted && work.stream().limit(wanted).allMatch(s -> !s.failed() && s.reps() >= max);
    }
}
