package app.overload.exchange;

import static app.overload.exchange.Values.build;
import static app.overload.exchange.Values.choice;
import static app.overload.exchange.Values.list;
import static app.overload.exchange.Values.optionalDistance;
import static app.overload.exchange.Values.optionalRpe;
import static app.overload.exchange.Values.required;
import static app.overload.exchange.Values.text;

import java.util.List;
import java.util.Set;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingSession;
import app.overload.exchange.BlockDocument.EntryJson;
import app.overload.exchange.BlockDocument.HeartRateJson;
import app.overload.exchange.BlockDocument.SessionJson;
import app.overload.exchange.BlockDocument.SetJson;

/** Reads the {@code sessions} logged against the block, with their entries and sets, and the routines. */
final class SessionsFromJson {

    private final Warnings warnings;

    SessionsFromJson(Warnings warnings) {
        this.warnings = warnings;
    }

    /** A session of the file's block: the file does not repeat the block id on every session. */
    TrainingSession session(SessionJson json, BlockId block, JsonPath at) {
        var id = new SessionId(Values.uuid(json.id(), at.field("id")));
        var start = Values.dateTime(json.start(), at.field("start"));
        if (start.getNano() != 0) {
            warnings.add(at.field("start"), "Session starts are kept to the second; " + json.start() + " was read as "
                    + start.withNano(0) + ".");
        }
        var duration = Values.seconds(json.durationS(), at.field("durationS"), warnings);
        var rpe = optionalRpe(json.rpe(), at.field("rpe"));
        Purpose purpose = choice(json.purpose(), Purpose.class, at.field("purpose"), "purpose");
        PlannedSessionId planned = json.plannedSession() == null ? null
                : new PlannedSessionId(Values.uuid(json.plannedSession(), at.field("plannedSession")));
        List<ActivityEntry> entries = list(required(json.entries(), at.field("entries")), at.field("entries"),
                this::entry);
        return build(at, () -> new TrainingSession(id, start, duration, rpe, json.notes(), entries, block, purpose,
                planned), "date", "start", "duration", "durationS", "notes", "notes", "entries", "entries");
    }

    /** A routine: a name and entries, read as a session's are (format 1.2). */
    Routine routine(BlockDocument.RoutineJson json, JsonPath at) {
        var id = new RoutineId(Values.uuid(json.id(), at.field("id")));
        List<ActivityEntry> entries = list(required(json.entries(), at.field("entries")), at.field("entries"),
                this::entry);
        return build(at, () -> new Routine(id, json.name(), entries), "routine name", "name", "entries", "entries");
    }

    ActivityEntry entry(EntryJson json, JsonPath at) {
        String kind = text(json.kind(), at.field("kind"));
        switch (kind) {
            case "strength": {
                warnings.unused(json, at, kind, Set.of("exercise", "sets", "notes"));
                var exercise = BlockFromJson.exerciseKey(json.exercise(), at.field("exercise"));
                List<StrengthSet> sets = list(required(json.sets(), at.field("sets")), at.field("sets"), this::set);
                return build(at, () -> new StrengthEntry(exercise, sets, json.notes()), "sets", "sets",
                        "notes", "notes");
            }
            case "endurance": {
                warnings.unused(json, at, kind, Set.of("modality", "distanceM", "durationS", "averageHeartRateBpm",
                        "maxHeartRateBpm", "heartRate", "elevationGainM", "intervals", "notes"));
                Modality modality = choice(json.modality(), Modality.class, at.field("modality"), "modality");
                var distance = optionalDistance(json.distanceM(), at.field("distanceM"));
                var duration = Values.seconds(json.durationS(), at.field("durationS"), warnings);
                var elevation = optionalDistance(json.elevationGainM(), at.field("elevationGainM"));
                List<Interval> intervals = list(json.intervals(), at.field("intervals"),
                        (item, path) -> PlanFromJson.interval(item, path, warnings));
                HeartRateHistogram recording = heartRate(json.heartRate(), at.field("heartRate"));
                return build(at, () -> new EnduranceEntry(modality, distance, duration, json.averageHeartRateBpm(),
                        elevation, intervals, json.notes(), json.maxHeartRateBpm(), recording), "duration",
                        "durationS", "heart rate", "averageHeartRateBpm", "max heart rate", "maxHeartRateBpm",
                        "elevation", "elevationGainM", "pace", "distanceM", "notes", "notes");
            }
            case "timed": {
                warnings.unused(json, at, kind, Set.of("activity", "durationS", "effort", "notes"));
                var duration = Values.seconds(json.durationS(), at.field("durationS"), warnings);
                var effort = optionalRpe(json.effort(), at.field("effort"));
                warnings.spaces(json.activity(), at.field("activity"));
                return build(at, () -> new TimedEntry(json.activity(), duration, effort, json.notes()),
                        "activity", "activity", "duration", "durationS", "notes", "notes");
            }
            default:
                throw BlockFileException.at(at.field("kind"), "\"" + Values.quoted(kind)
                        + "\" is not a kind of entry; use strength, endurance or timed.");
        }
    }

    /** A recording's seconds at each heart rate, or null without one; a bad one is refused at its field. */
    private static HeartRateHistogram heartRate(HeartRateJson json, JsonPath at) {
        if (json == null) {
            return null;
        }
        int lowest = Values.integer(json.lowestBpm(), at.field("lowestBpm"));
        List<Integer> seconds = required(json.secondsAtBpm(), at.field("secondsAtBpm"));
        int[] values = new int[seconds.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Values.integer(seconds.get(i), at.field("secondsAtBpm").index(i));
        }
        return build(at, () -> HeartRateHistogram.of(lowest, values));
    }

    private StrengthSet set(SetJson json, JsonPath at) {
        int reps = Values.integer(json.reps(), at.field("reps"));
        var load = Loads.read(json.loadKg(), json.loadLb(), at, "load", true);
        var rpe = optionalRpe(json.rpe(), at.field("rpe"));
        var rest = Values.optionalSeconds(json.restS(), at.field("restS"), warnings);
        SetKind kind = choice(json.setKind(), SetKind.class, at.field("setKind"), "set kind");
        boolean failed = json.failed() != null && json.failed();
        var distance = optionalDistance(json.distanceM(), at.field("distanceM"));
        var duration = Values.optionalSeconds(json.durationS(), at.field("durationS"), warnings);
        return build(at, () -> new StrengthSet(reps, load, rpe, rest, kind, failed, distance, duration), "reps", "reps",
                "rest", "restS", "distance", "distanceM", "set duration", "durationS");
    }
}
