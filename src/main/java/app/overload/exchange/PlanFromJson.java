package app.overload.exchange;

import static app.overload.exchange.Values.build;
import static app.overload.exchange.Values.choice;
import static app.overload.exchange.Values.integer;
import static app.overload.exchange.Values.list;
import static app.overload.exchange.Values.number;
import static app.overload.exchange.Values.optionalDistance;
import static app.overload.exchange.Values.optionalRpe;
import static app.overload.exchange.Values.required;
import static app.overload.exchange.Values.text;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import app.overload.domain.Interval;
import app.overload.domain.LoadTarget;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.exchange.BlockDocument.IntervalJson;
import app.overload.exchange.BlockDocument.PlannedJson;
import app.overload.exchange.BlockDocument.PrescribedSetJson;
import app.overload.exchange.BlockDocument.PrescriptionJson;
import app.overload.exchange.BlockDocument.RuleJson;

/** Reads the {@code plan}: planned sessions, their prescriptions, prescribed sets, intervals and rules. */
final class PlanFromJson {

    private final Warnings warnings;

    PlanFromJson(Warnings warnings) {
        this.warnings = warnings;
    }

    PlannedSession planned(PlannedJson json, JsonPath at) {
        var id = new PlannedSessionId(Values.uuid(json.id(), at.field("id")));
        int week = integer(json.week(), at.field("week"));
        DayOfWeek day = choice(json.day(), DayOfWeek.class, at.field("day"), "day of the week");
        Purpose purpose = choice(json.purpose(), Purpose.class, at.field("purpose"), "purpose");
        warnings.spaces(json.title(), at.field("title"));
        List<Prescription> prescriptions = list(json.prescriptions(), at.field("prescriptions"), this::prescription);
        return build(at, () -> new PlannedSession(id, week, day, purpose, json.title(), prescriptions, json.notes()),
                "week", "week", "title", "title", "notes", "notes", "prescriptions", "prescriptions");
    }

    private Prescription prescription(PrescriptionJson json, JsonPath at) {
        String kind = text(json.kind(), at.field("kind"));
        switch (kind) {
            case "strength": {
                warnings.unused(json, at, kind, Set.of("exercise", "sets", "rule"));
                var exercise = BlockFromJson.exerciseKey(json.exercise(), at.field("exercise"));
                List<PrescribedSet> sets = list(required(json.sets(), at.field("sets")), at.field("sets"),
                        PlanFromJson::set);
                ProgressionRule rule = rule(json.rule(), at.field("rule"));
                return build(at, () -> new Prescription.Strength(exercise, sets, rule), "sets", "sets");
            }
            case "endurance": {
                warnings.unused(json, at, kind,
                        Set.of("modality", "distanceM", "durationS", "paceSPerKm", "zone", "intervals", "rule"));
                Modality modality = choice(json.modality(), Modality.class, at.field("modality"), "modality");
                var distance = optionalDistance(json.distanceM(), at.field("distanceM"));
                var duration = Values.optionalSeconds(json.durationS(), at.field("durationS"), warnings);
                PaceTarget target = paceTarget(json, at);
                List<Interval> intervals = list(json.intervals(), at.field("intervals"),
                        (item, path) -> interval(item, path, warnings));
                ProgressionRule rule = rule(json.rule(), at.field("rule"));
                return build(at, () -> new Prescription.Endurance(modality, distance, duration, target, intervals,
                        rule), "distance", "distanceM", "duration", "durationS", "pace", "paceSPerKm",
                        "intervals", "intervals");
            }
            case "timed": {
                warnings.unused(json, at, kind, Set.of("activity", "durationS", "effort", "rule"));
                var duration = Values.seconds(json.durationS(), at.field("durationS"), warnings);
                Rpe effort = optionalRpe(json.effort(), at.field("effort"));
                warnings.spaces(json.activity(), at.field("activity"));
                ProgressionRule rule = rule(json.rule(), at.field("rule"));
                return build(at, () -> new Prescription.Timed(json.activity(), duration, effort, rule),
                        "activity", "activity", "duration", "durationS");
            }
            default:
                throw BlockFileException.at(at.field("kind"), "\"" + Values.quoted(kind)
                        + "\" is not a kind of prescription; use strength, endurance or timed.");
        }
    }

    private static PaceTarget paceTarget(PrescriptionJson json, JsonPath at) {
        if (json.paceSPerKm() != null && json.zone() != null) {
            throw BlockFileException.at(at.field("zone"), "Give a pace or a zone, not both.");
        }
        if (json.paceSPerKm() != null) {
            double seconds = json.paceSPerKm();
            JsonPath where = at.field("paceSPerKm");
            return build(where, () -> new PaceTarget.AtPace(new Pace(seconds)));
        }
        if (json.zone() != null) {
            int zone = json.zone();
            return build(at.field("zone"), () -> new PaceTarget.InZone(zone));
        }
        return null;
    }

    static Interval interval(IntervalJson json, JsonPath at, Warnings warnings) {
        int repeats = integer(json.repeats(), at.field("repeats"));
        var workDistance = optionalDistance(json.workDistanceM(), at.field("workDistanceM"));
        var workDuration = Values.optionalSeconds(json.workDurationS(), at.field("workDurationS"), warnings);
        var recoveryDistance = optionalDistance(json.recoveryDistanceM(), at.field("recoveryDistanceM"));
        var recoveryDuration = Values.optionalSeconds(json.recoveryDurationS(), at.field("recoveryDurationS"),
                warnings);
        return build(at, () -> new Interval(repeats, workDistance, workDuration, recoveryDistance, recoveryDuration),
                "repeats", "repeats", "interval duration", "workDurationS", "recovery", "recoveryDurationS");
    }

    private static PrescribedSet set(PrescribedSetJson json, JsonPath at) {
        int reps = integer(json.reps(), at.field("reps"));
        SetKind kind = choice(json.setKind(), SetKind.class, at.field("setKind"), "set kind");
        int given = (json.loadKg() != null || json.loadLb() != null ? 1 : 0) + (json.tmFraction() != null ? 1 : 0)
                + (json.atRpe() != null ? 1 : 0);
        if (given != 1) {
            throw BlockFileException.at(at, given == 0
                    ? "Say how heavy the set is with one of loadKg (or loadLb), tmFraction or atRpe."
                    : "Give only one of loadKg (or loadLb), tmFraction and atRpe.");
        }
        LoadTarget load;
        if (json.loadKg() != null || json.loadLb() != null) {
            load = new LoadTarget.Fixed(Loads.read(json.loadKg(), json.loadLb(), at, "load", true));
        } else if (json.tmFraction() != null) {
            double fraction = json.tmFraction();
            load = build(at.field("tmFraction"), () -> new LoadTarget.PercentOfTrainingMax(fraction));
        } else {
            load = new LoadTarget.AtRpe(optionalRpe(json.atRpe(), at.field("atRpe")));
        }
        Rpe cap = optionalRpe(json.rpeCap(), at.field("rpeCap"));
        return build(at, () -> new PrescribedSet(reps, kind, load, cap), "reps", "reps");
    }

    private ProgressionRule rule(RuleJson json, JsonPath at) {
        required(json, at);
        String kind = text(json.kind(), at.field("kind"));
        switch (kind) {
            case "linear": {
                warnings.unused(json, at, kind, Set.of("incrementKg", "incrementLb", "failuresBeforeDeload",
                        "deloadFraction"));
                var increment = Loads.read(json.incrementKg(), json.incrementLb(), at, "increment", true);
                int failures = integer(json.failuresBeforeDeload(), at.field("failuresBeforeDeload"));
                double deload = number(json.deloadFraction(), at.field("deloadFraction"));
                return build(at, () -> new ProgressionRule.Linear(increment, failures, deload),
                        "failures before deload", "failuresBeforeDeload", "deload", "deloadFraction");
            }
            case "double": {
                warnings.unused(json, at, kind, Set.of("minReps", "maxReps", "incrementKg", "incrementLb"));
                int min = integer(json.minReps(), at.field("minReps"));
                int max = integer(json.maxReps(), at.field("maxReps"));
                var increment = Loads.read(json.incrementKg(), json.incrementLb(), at, "increment", true);
                return build(at, () -> new ProgressionRule.DoubleProgression(min, max, increment),
                        "minimum reps", "minReps", "maximum reps", "maxReps");
            }
            case "rpe": {
                warnings.unused(json, at, kind, Set.of("roundingStepKg", "roundingStepLb"));
                var step = Loads.read(json.roundingStepKg(), json.roundingStepLb(), at, "roundingStep", true);
                return new ProgressionRule.RpeBased(step);
            }
            case "training-max": {
                warnings.unused(json, at, kind, Set.of("trainingMaxKg", "trainingMaxLb", "incrementKg",
                        "incrementLb"));
                var max = Loads.read(json.trainingMaxKg(), json.trainingMaxLb(), at, "trainingMax", true);
                var increment = Loads.read(json.incrementKg(), json.incrementLb(), at, "increment", true);
                return new ProgressionRule.TrainingMax(max, increment);
            }
            case "chain": {
                warnings.unused(json, at, kind, Set.of("next", "sets", "reps", "criterionLoadKg", "criterionLoadLb",
                        "incrementKg", "incrementLb"));
                var next = BlockFromJson.exerciseKey(json.next(), at.field("next"));
                int sets = integer(json.sets(), at.field("sets"));
                int reps = integer(json.reps(), at.field("reps"));
                var criterion = Loads.read(json.criterionLoadKg(), json.criterionLoadLb(), at, "criterionLoad", true);
                var increment = Loads.read(json.incrementKg(), json.incrementLb(), at, "increment", true);
                return build(at, () -> new ProgressionRule.ExerciseChain(next, sets, reps, criterion, increment),
                        "criterion sets", "sets", "criterion reps", "reps");
            }
            case "endurance": {
                warnings.unused(json, at, kind, Set.of("paceStep", "distanceStepM"));
                double paceStep = number(json.paceStep(), at.field("paceStep"));
                var distanceStep = Values.distance(json.distanceStepM(), at.field("distanceStepM"));
                return build(at, () -> new ProgressionRule.Endurance(paceStep, distanceStep), "pace step",
                        "paceStep");
            }
            case "hold":
                warnings.unused(json, at, kind, Set.of());
                return new ProgressionRule.Hold();
            default:
                throw BlockFileException.at(at.field("kind"), "\"" + Values.quoted(kind) + "\" is not a kind of "
                        + "progression rule; use linear, double, rpe, training-max, chain, endurance or hold.");
        }
    }
}
