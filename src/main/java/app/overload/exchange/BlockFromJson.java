package app.overload.exchange;

import static app.overload.exchange.Values.build;
import static app.overload.exchange.Values.choice;
import static app.overload.exchange.Values.integer;
import static app.overload.exchange.Values.list;
import static app.overload.exchange.Values.required;
import static app.overload.exchange.Values.text;

import java.util.List;
import java.util.Set;

import app.overload.domain.BlockId;
import app.overload.domain.BlockOutcome;
import app.overload.domain.BodyRegion;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.LiftLevel;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Modality;
import app.overload.domain.MovementPattern;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.RaceLevel;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.exchange.BlockDocument.BlockJson;
import app.overload.exchange.BlockDocument.ExerciseJson;
import app.overload.exchange.BlockDocument.GoalJson;
import app.overload.exchange.BlockDocument.LevelJson;
import app.overload.exchange.BlockDocument.OutcomeJson;
import app.overload.exchange.BlockDocument.PhaseJson;

/** Reads the {@code block} object (goal, weeks, phases, levels, outcome) and the {@code exercises} list. */
final class BlockFromJson {

    private final Warnings warnings;

    BlockFromJson(Warnings warnings) {
        this.warnings = warnings;
    }

    TrainingBlock block(BlockJson json, List<PlannedSession> plan, JsonPath at) {
        BlockId id = new BlockId(Values.uuid(json.id(), at.field("id")));
        Goal goal = goal(required(json.goal(), at.field("goal")), at.field("goal"));
        var start = Values.date(json.start(), at.field("start"));
        var goalDate = Values.date(json.goalDate(), at.field("goalDate"));
        int weeks = integer(json.weeks(), at.field("weeks"));
        warnings.spaces(json.name(), at.field("name"));
        List<Phase> phases = list(json.phases(), at.field("phases"), this::phase);
        List<Integer> deload = list(json.deloadWeeks(), at.field("deloadWeeks"), (w, p) -> w);
        List<Integer> taper = list(json.taperWeeks(), at.field("taperWeeks"), (w, p) -> w);
        warnings.repeatedWeeks(json.deloadWeeks(), at.field("deloadWeeks"));
        warnings.repeatedWeeks(json.taperWeeks(), at.field("taperWeeks"));
        List<CurrentLevel> levels = list(json.currentLevels(), at.field("currentLevels"), this::level);
        BlockOutcome outcome = json.outcome() == null ? null : outcome(json.outcome(), at.field("outcome"));
        return build(at, () -> new TrainingBlock(id, json.name(), goal, start, goalDate, weeks, phases, deload, taper,
                levels, plan, json.notes(), outcome),
                "block name", "name", "goal date", "goalDate", "weeks", "weeks", "phases", "phases",
                "deload weeks", "deloadWeeks", "taper weeks", "taperWeeks", "notes", "notes", "plan", "plan");
    }

    private Goal goal(GoalJson json, JsonPath at) {
        String kind = text(json.kind(), at.field("kind"));
        switch (kind) {
            case "strength": {
                warnings.unused(json, at, kind, Set.of("exercise", "loadKg", "loadLb", "reps"));
                ExerciseId exercise = exerciseKey(json.exercise(), at.field("exercise"));
                var load = Loads.read(json.loadKg(), json.loadLb(), at, "load", true);
                int reps = integer(json.reps(), at.field("reps"));
                return build(at, () -> new StrengthGoal(exercise, load, reps), "goal load",
                        Loads.key("load", json.loadLb()), "goal reps", "reps");
            }
            case "estimated-max": {
                warnings.unused(json, at, kind, Set.of("exercise", "oneRepMaxKg", "oneRepMaxLb"));
                ExerciseId exercise = exerciseKey(json.exercise(), at.field("exercise"));
                var max = Loads.read(json.oneRepMaxKg(), json.oneRepMaxLb(), at, "oneRepMax", true);
                return build(at, () -> new EstimatedMaxGoal(exercise, max), "goal 1RM",
                        Loads.key("oneRepMax", json.oneRepMaxLb()));
            }
            case "endurance": {
                warnings.unused(json, at, kind, Set.of("modality", "distanceM", "targetTimeS"));
                Modality modality = choice(json.modality(), Modality.class, at.field("modality"), "modality");
                Distance distance = Values.distance(json.distanceM(), at.field("distanceM"));
                var time = Values.seconds(json.targetTimeS(), at.field("targetTimeS"), warnings);
                return build(at, () -> new EnduranceGoal(modality, distance, time), "goal distance", "distanceM",
                        "goal time", "targetTimeS");
            }
            case "measurable": {
                warnings.unused(json, at, kind, Set.of("description", "target", "unit", "higherIsBetter"));
                double target = Values.number(json.target(), at.field("target"));
                warnings.spaces(json.description(), at.field("description"));
                warnings.spaces(json.unit(), at.field("unit"));
                boolean higher = required(json.higherIsBetter(), at.field("higherIsBetter"));
                return build(at, () -> new MeasurableGoal(json.description(), target, json.unit(), higher),
                        "goal description", "description", "goal target", "target", "goal unit", "unit");
            }
            default:
                throw BlockFileException.at(at.field("kind"), "\"" + Values.quoted(kind) + "\" is not a kind of goal;"
                        + " use strength, estimated-max, endurance or measurable.");
        }
    }

    private Phase phase(PhaseJson json, JsonPath at) {
        int first = integer(json.firstWeek(), at.field("firstWeek"));
        int last = integer(json.lastWeek(), at.field("lastWeek"));
        warnings.spaces(json.name(), at.field("name"));
        return build(at, () -> new Phase(json.name(), first, last), "phase name", "name",
                "phase first week", "firstWeek", "phase last week", "lastWeek");
    }

    private CurrentLevel level(LevelJson json, JsonPath at) {
        String kind = text(json.kind(), at.field("kind"));
        if (kind.equals("lift")) {
            warnings.unused(json, at, kind, Set.of("exercise", "sets", "reps", "loadKg", "loadLb"));
            ExerciseId exercise = exerciseKey(json.exercise(), at.field("exercise"));
            int sets = integer(json.sets(), at.field("sets"));
            int reps = integer(json.reps(), at.field("reps"));
            var load = Loads.read(json.loadKg(), json.loadLb(), at, "load", true);
            return build(at, () -> new LiftLevel(exercise, sets, reps, load), "sets", "sets", "reps", "reps");
        }
        if (kind.equals("race")) {
            warnings.unused(json, at, kind, Set.of("modality", "distanceM", "timeS"));
            Modality modality = choice(json.modality(), Modality.class, at.field("modality"), "modality");
            Distance distance = Values.distance(json.distanceM(), at.field("distanceM"));
            var time = Values.seconds(json.timeS(), at.field("timeS"), warnings);
            return build(at, () -> new RaceLevel(modality, distance, time), "distance", "distanceM",
                    "race time", "timeS", "pace", "timeS");
        }
        throw BlockFileException.at(at.field("kind"), "\"" + Values.quoted(kind)
                + "\" is not a kind of current level; use lift or race.");
    }

    private static BlockOutcome outcome(OutcomeJson json, JsonPath at) {
        var archived = Values.date(json.archivedOn(), at.field("archivedOn"));
        boolean met = required(json.goalMet(), at.field("goalMet"));
        return build(at, () -> new BlockOutcome(archived, met, json.summary()), "outcome", "summary");
    }

    Exercise exercise(ExerciseJson json, JsonPath at) {
        ExerciseId key = exerciseKey(json.key(), at.field("key"));
        MovementPattern pattern = choice(json.pattern(), MovementPattern.class, at.field("pattern"),
                "movement pattern");
        BodyRegion region = choice(json.region(), BodyRegion.class, at.field("region"), "body region");
        var increment = Loads.read(json.incrementKg(), json.incrementLb(), at, "increment", true);
        var rest = Values.seconds(json.defaultRestS(), at.field("defaultRestS"), warnings);
        warnings.spaces(json.name(), at.field("name"));
        ExerciseId next = json.progressesTo() == null ? null : exerciseKey(json.progressesTo(),
                at.field("progressesTo"));
        return build(at, () -> new Exercise(key, json.name(), pattern, region, increment, rest, next),
                "exercise name", "name", "increment", Loads.key("increment", json.incrementLb()),
                "default rest", "defaultRestS",
                "progresses to", "progressesTo");
    }

    static ExerciseId exerciseKey(String value, JsonPath at) {
        String key = text(value, at);
        return build(at, () -> ExerciseId.of(key));
    }
}
