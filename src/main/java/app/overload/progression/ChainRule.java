package app.overload.progression;

import java.util.List;
import java.util.Optional;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Rpe;
import app.overload.domain.StrengthEntry;
import app.overload.domain.UnitPreferences;

/**
 * Exercise progressions: climb the current exercise linearly; once the criterion (sets × reps at a load) is met,
 * move on to the next, harder exercise of the chain at a starting load: from its own recent sets at RPE 6, else
 * from the block's level for it, else {@link #START_SHARE} of the criterion load.
 */
final class ChainRule {

    /** A new, harder movement starts lighter than the criterion load of the easier one. */
    static final double START_SHARE = 0.8;
    /** A new movement starts with reps in reserve. */
    static final Rpe START_RPE = Rpe.of(6);

    private ChainRule() {
    }

    static Proposal suggest(Context c) {
        Prescription.Strength target = (Prescription.Strength) c.target.prescription();
        PlannedSeries.Attempt last = c.last().orElseThrow();
        Prescription.Strength done = (Prescription.Strength) last.prescribed();
        if (!(done.rule() instanceof ProgressionRule.ExerciseChain chain)) {
            // The plan moved on to this exercise with a rule of its own; the last attempt was at another rule.
            return target.rule() instanceof ProgressionRule.ExerciseChain chain2
                    ? climb(c, target, last, chain2) : LinearRule.suggest(c, ProgressionRule.Linear.standard(
                            c.increment(target.exercise())));
        }
        StrengthEntry entry = (StrengthEntry) last.entry();
        String on = Context.on(List.of(last));
        if (criterionMet(chain, entry, c.text.units())) {
            Mass start = startingLoad(c, chain);
            ProgressionRule nextRule = ruleFor(c, chain);
            Prescription.Strength suggested = Prescriptions.of(chain.next(), chain.sets(), chain.reps(), start,
                    nextRule);
            return new Proposal(suggested, new Decision.NextExercise(done.exercise(), chain.next()),
                    c.text.name(done.exercise()) + " " + chain.sets() + "×" + chain.reps() + " @ "
                            + c.text.load(chain.criterionLoad()) + " or more done on " + on + " meets the criterion → "
                            + c.text.nameInSentence(chain.next()) + " " + chain.sets() + "×" + chain.reps() + " @ "
                            + c.text.load(start) + ".", List.of(last.id()));
        }
        return climb(c, done, last, chain);
    }

    private static Proposal climb(Context c, Prescription.Strength base, PlannedSeries.Attempt last,
            ProgressionRule.ExerciseChain chain) {
        StrengthVerdict verdict = LinearRule.verdict(c, last);
        Mass load = LinearRule.workingLoad(last);
        String what = c.text.nameInSentence(base.exercise()) + " "
                + c.text.sets((Prescription.Strength) last.prescribed());
        String on = Context.on(List.of(last));
        if (verdict.success() && !chain.increment().isZero()) {
            Mass heavier = PlateMath.up(load, chain.increment(), c.unit());
            return new Proposal(Prescriptions.withTopLoad(base, heavier, c.unit()),
                    new Decision.IncreaseLoad(load, heavier), "All " + what + " done on " + on + verdict.judgedBy()
                            + " → "
                            + c.text.load(heavier) + "; " + c.text.nameInSentence(chain.next()) + " comes at "
                            + chain.sets() + "×" + chain.reps() + " @ " + c.text.load(chain.criterionLoad()) + ".",
                    List.of(last.id()));
        }
        String why = verdict.success() ? "done on " + on + ", and the rule adds no load"
                : "missed on " + on + " (" + verdict.shortfall() + ")";
        load = c.loadable(load);
        return new Proposal(Prescriptions.withTopLoad(base, load, c.unit()), new Decision.Hold(),
                what + " " + why + " → hold " + c.text.load(load) + ".", List.of(last.id()));
    }

    /** One increment per session still to come, never past the criterion load. */
    static Proposal project(Context c, Proposal p, int steps) {
        if (steps == 0 || !(p.suggested() instanceof Prescription.Strength rx)
                || !(rx.rule() instanceof ProgressionRule.ExerciseChain chain) || !LinearRule.climbs(p.decision())) {
            return p;
        }
        Mass top = PrescribedLoads.topFixed(rx);
        if (top == null || chain.increment().isZero()) {
            return p;
        }
        Mass projected = top;
        for (int i = 0; i < steps && projected.compareTo(chain.criterionLoad()) < 0; i++) {
            projected = PlateMath.up(projected, chain.increment(), c.unit());
        }
        return new Proposal(Prescriptions.withTopLoad(rx, projected, c.unit()), p.decision(),
                LinearRule.stillToCome(p.reason(), steps, c.text.load(projected)), p.basedOn());
    }

    /** The criterion is a target: a set meets its load within the engine's tolerance or as the user reads it. */
    static boolean criterionMet(ProgressionRule.ExerciseChain chain, StrengthEntry entry, UnitPreferences units) {
        long good = entry.workSets().stream().filter(s -> !s.failed() && s.reps() >= chain.reps()
                && (s.load().kilograms() >= chain.criterionLoad().kilograms() - StrengthVerdict.LOAD_TOLERANCE_KG
                        || units.reaches(s.load(), chain.criterionLoad())))
                .count();
        return good >= chain.sets();
    }

    private static Mass startingLoad(Context c, ProgressionRule.ExerciseChain chain) {
        ExerciseId next = chain.next();
        Mass increment = c.increment(next);
        Optional<RpeRule.Estimate> recent = RpeRule.estimate(c, List.of(next));
        if (recent.isPresent()) {
            return PlateMath.down(OneRepMax.loadFor(recent.get().oneRepMax(), chain.reps(), START_RPE).kilograms(),
                    increment, c.unit());
        }
        Optional<LiftLevel> level = c.level(next);
        if (level.isPresent()) {
            Mass max = OneRepMax.epley(level.get().load(), level.get().reps());
            return PlateMath.down(OneRepMax.loadFor(max, chain.reps(), START_RPE).kilograms(), increment, c.unit());
        }
        return PlateMath.down(chain.criterionLoad().kilograms() * START_SHARE, increment, c.unit());
    }

    /**
     * The rule the next exercise climbs with: the one the block already gives it, else its own place in the
     * catalogue's chain is unknown to the plan, so a plain linear rule with its catalogue increment.
     */
    private static ProgressionRule ruleFor(Context c, ProgressionRule.ExerciseChain chain) {
        for (PlannedSession p : c.block.plan()) {
            for (Prescription rx : p.prescriptions()) {
                if (rx instanceof Prescription.Strength s && s.exercise().equals(chain.next())) {
                    return s.rule();
                }
            }
        }
        Mass increment = c.exercise(chain.next()).map(Exercise::increment).orElse(chain.increment());
        return ProgressionRule.Linear.standard(increment);
    }
}
