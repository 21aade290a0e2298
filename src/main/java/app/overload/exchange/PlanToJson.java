package app.overload.exchange;

import static app.overload.exchange.BlockToJson.metres;
import static app.overload.exchange.BlockToJson.rpe;
import static app.overload.exchange.BlockToJson.seconds;

import app.overload.domain.Interval;
import app.overload.domain.LoadTarget;
import app.overload.domain.MassUnit;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.exchange.BlockDocument.IntervalJson;
import app.overload.exchange.BlockDocument.PlannedJson;
import app.overload.exchange.BlockDocument.PrescribedSetJson;
import app.overload.exchange.BlockDocument.PrescriptionJson;
import app.overload.exchange.BlockDocument.RuleJson;
import app.overload.exchange.Loads.Written;
import app.overload.exchange.Values.Kebab;

/** Writes the plan: planned sessions, prescriptions and their rules, loads in the author's unit. */
final class PlanToJson {

    private PlanToJson() {
    }

    static PlannedJson planned(PlannedSession p, MassUnit unit) {
        return new PlannedJson(p.id().toString(), p.week(), Kebab.of(p.day()), Kebab.of(p.purpose()), p.title(),
                p.notes(), p.prescriptions().stream().map(rx -> prescription(rx, unit)).toList());
    }

    private static PrescriptionJson prescription(Prescription rx, MassUnit unit) {
        RuleJson rule = rule(rx.rule(), unit);
        if (rx instanceof Prescription.Strength s) {
            return new PrescriptionJson("strength", s.exercise().value(),
                    s.sets().stream().map(set -> set(set, unit)).toList(), null, null, null, null, null, null, null,
                    null, rule);
        }
        if (rx instanceof Prescription.Endurance e) {
            Double pace = e.target() instanceof PaceTarget.AtPace p ? p.pace().secondsPerKilometre() : null;
            Integer zone = e.target() instanceof PaceTarget.InZone z ? z.zone() : null;
            return new PrescriptionJson("endurance", null, null, Kebab.of(e.modality()), null, metres(e.distance()),
                    seconds(e.duration()), pace, zone, null, e.intervals().stream().map(PlanToJson::interval).toList(),
                    rule);
        }
        Prescription.Timed t = (Prescription.Timed) rx;
        return new PrescriptionJson("timed", null, null, null, t.activity(), null, seconds(t.duration()), null, null,
                rpe(t.effort()), null, rule);
    }

    private static PrescribedSetJson set(PrescribedSet s, MassUnit unit) {
        Written load = Loads.write(s.load() instanceof LoadTarget.Fixed f ? f.load() : null, unit);
        Double fraction = s.load() instanceof LoadTarget.PercentOfTrainingMax p ? p.fraction() : null;
        Double atRpe = s.load() instanceof LoadTarget.AtRpe r ? r.rpe().value() : null;
        return new PrescribedSetJson(s.reps(), Kebab.of(s.kind()), load.kg(), load.lb(), fraction, atRpe,
                rpe(s.rpeCap()));
    }

    static IntervalJson interval(Interval i) {
        return new IntervalJson(i.repeats(), metres(i.workDistance()), seconds(i.workDuration()),
                metres(i.recoveryDistance()), seconds(i.recoveryDuration()));
    }

    private static RuleJson rule(ProgressionRule rule, MassUnit unit) {
        if (rule instanceof ProgressionRule.Linear r) {
            Written increment = Loads.write(r.increment(), unit);
            return new RuleJson("linear", increment.kg(), increment.lb(), r.failuresBeforeDeload(),
                    r.deloadFraction(), null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        if (rule instanceof ProgressionRule.DoubleProgression r) {
            Written increment = Loads.write(r.increment(), unit);
            return new RuleJson("double", increment.kg(), increment.lb(), null, null, r.minReps(), r.maxReps(), null,
                    null, null, null, null, null, null, null, null, null, null);
        }
        if (rule instanceof ProgressionRule.RpeBased r) {
            Written step = Loads.write(r.roundingStep(), unit);
            return new RuleJson("rpe", null, null, null, null, null, null, step.kg(), step.lb(), null, null, null,
                    null, null, null, null, null, null);
        }
        if (rule instanceof ProgressionRule.TrainingMax r) {
            Written increment = Loads.write(r.increment(), unit);
            Written max = Loads.write(r.trainingMax(), unit);
            return new RuleJson("training-max", increment.kg(), increment.lb(), null, null, null, null, null, null,
                    max.kg(), max.lb(), null, null, null, null, null, null, null);
        }
        if (rule instanceof ProgressionRule.ExerciseChain r) {
            Written increment = Loads.write(r.increment(), unit);
            Written criterion = Loads.write(r.criterionLoad(), unit);
            return new RuleJson("chain", increment.kg(), increment.lb(), null, null, null, null, null, null, null,
                    null, r.next().value(), r.sets(), r.reps(), criterion.kg(), criterion.lb(), null, null);
        }
        if (rule instanceof ProgressionRule.Endurance r) {
            return new RuleJson("endurance", null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, r.paceStep(), metres(r.distanceStep()));
        }
        return new RuleJson("hold", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
