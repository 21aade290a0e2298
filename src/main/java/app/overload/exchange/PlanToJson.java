package app.overload.exchange;

import static app.overload.exchange.BlockToJson.kg;
import static app.overload.exchange.BlockToJson.metres;
import static app.overload.exchange.BlockToJson.rpe;
import static app.overload.exchange.BlockToJson.seconds;

import app.overload.domain.Interval;
import app.overload.domain.LoadTarget;
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
import app.overload.exchange.Values.Kebab;

/** Writes the plan: planned sessions, prescriptions and their rules. */
final class PlanToJson {

    private PlanToJson() {
    }

    static PlannedJson planned(PlannedSession p) {
        return new PlannedJson(p.id().toString(), p.week(), Kebab.of(p.day()), Kebab.of(p.purpose()), p.title(),
                p.notes(), p.prescriptions().stream().map(PlanToJson::prescription).toList());
    }

    private static PrescriptionJson prescription(Prescription rx) {
        RuleJson rule = rule(rx.rule());
        if (rx instanceof Prescription.Strength s) {
            return new PrescriptionJson("strength", s.exercise().value(),
                    s.sets().stream().map(PlanToJson::set).toList(), null, null, null, null, null, null, null, null,
                    rule);
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

    private static PrescribedSetJson set(PrescribedSet s) {
        Double load = s.load() instanceof LoadTarget.Fixed f ? f.load().kilograms() : null;
        Double fraction = s.load() instanceof LoadTarget.PercentOfTrainingMax p ? p.fraction() : null;
        Double atRpe = s.load() instanceof LoadTarget.AtRpe r ? r.rpe().value() : null;
        return new PrescribedSetJson(s.reps(), Kebab.of(s.kind()), load, fraction, atRpe, rpe(s.rpeCap()));
    }

    static IntervalJson interval(Interval i) {
        return new IntervalJson(i.repeats(), metres(i.workDistance()), seconds(i.workDuration()),
                metres(i.recoveryDistance()), seconds(i.recoveryDuration()));
    }

    private static RuleJson rule(ProgressionRule rule) {
        if (rule instanceof ProgressionRule.Linear r) {
            return new RuleJson("linear", kg(r.increment()), r.failuresBeforeDeload(), r.deloadFraction(), null, null,
                    null, null, null, null, null, null, null, null);
        }
        if (rule instanceof ProgressionRule.DoubleProgression r) {
            return new RuleJson("double", kg(r.increment()), null, null, r.minReps(), r.maxReps(), null, null, null,
                    null, null, null, null, null);
        }
        if (rule instanceof ProgressionRule.RpeBased r) {
            return new RuleJson("rpe", null, null, null, null, null, kg(r.roundingStep()), null, null, null, null,
                    null, null, null);
        }
        if (rule instanceof ProgressionRule.TrainingMax r) {
            return new RuleJson("training-max", kg(r.increment()), null, null, null, null, null, kg(r.trainingMax()),
                    null, null, null, null, null, null);
        }
        if (rule instanceof ProgressionRule.ExerciseChain r) {
            return new RuleJson("chain", kg(r.increment()), null, null, null, null, null, null, r.next().value(),
                    r.sets(), r.reps(), kg(r.criterionLoad()), null, null);
        }
        if (rule instanceof ProgressionRule.Endurance r) {
            return new RuleJson("endurance", null, null, null, null, null, null, null, null, null, null, null,
                    r.paceStep(), metres(r.distanceStep()));
        }
        return new RuleJson("hold", null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
