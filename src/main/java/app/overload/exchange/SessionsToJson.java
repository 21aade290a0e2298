package app.overload.exchange;

import static app.overload.exchange.BlockToJson.metres;
import static app.overload.exchange.BlockToJson.rpe;
import static app.overload.exchange.BlockToJson.seconds;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.MassUnit;
import app.overload.domain.Routine;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingSession;
import app.overload.exchange.BlockDocument.EntryJson;
import app.overload.exchange.BlockDocument.HeartRateJson;
import app.overload.exchange.BlockDocument.SessionJson;
import app.overload.exchange.BlockDocument.SetJson;
import app.overload.exchange.Loads.Written;
import app.overload.exchange.Values.Kebab;

/** Writes the logged sessions with every entry and set, and the routines, whose entries read the same. */
final class SessionsToJson {

    /** Always with seconds ("2026-04-06T17:51:00"); LocalDateTime.toString drops them when they are zero. */
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private SessionsToJson() {
    }

    static SessionJson session(TrainingSession s, MassUnit unit) {
        return new SessionJson(s.id().toString(), START.format(s.start()), seconds(s.duration()), rpe(s.rpe()),
                Kebab.of(s.purpose()), s.plannedSession() == null ? null : s.plannedSession().toString(), s.notes(),
                s.entries().stream().map(e -> entry(e, unit)).toList());
    }

    static BlockDocument.RoutineJson routine(Routine r, MassUnit unit) {
        return new BlockDocument.RoutineJson(r.id().toString(), r.name(),
                r.entries().stream().map(e -> entry(e, unit)).toList());
    }

    static EntryJson entry(ActivityEntry entry, MassUnit unit) {
        if (entry instanceof StrengthEntry s) {
            return new EntryJson("strength", s.exercise().value(),
                    s.sets().stream().map(set -> set(set, unit)).toList(), null, null, null, null, null, null, null,
                    null, null, null, s.notes());
        }
        if (entry instanceof EnduranceEntry e) {
            return new EntryJson("endurance", null, null, Kebab.of(e.modality()), null, metres(e.distance()),
                    seconds(e.duration()), e.averageHeartRate(), e.maxHeartRate(), heartRate(e.heartRateHistogram()),
                    metres(e.elevationGain()), null,
                    e.intervals().stream().map(PlanToJson::interval).toList(), e.notes());
        }
        TimedEntry t = (TimedEntry) entry;
        return new EntryJson("timed", null, null, null, t.activity(), null, seconds(t.duration()), null, null, null,
                null, rpe(t.effort()), null, t.notes());
    }

    private static HeartRateJson heartRate(HeartRateHistogram recording) {
        if (recording == null) {
            return null;
        }
        List<Integer> seconds = new ArrayList<>(recording.highest() - recording.lowest() + 1);
        for (int bpm = recording.lowest(); bpm <= recording.highest(); bpm++) {
            seconds.add(recording.secondsAt(bpm));
        }
        return new HeartRateJson(recording.lowest(), seconds);
    }

    private static SetJson set(StrengthSet s, MassUnit unit) {
        Written load = Loads.write(s.load(), unit);
        return new SetJson(s.reps(), load.kg(), load.lb(), rpe(s.rpe()), seconds(s.restBefore()), Kebab.of(s.kind()),
                s.failed() ? Boolean.TRUE : null, metres(s.distance()), seconds(s.duration()));
    }
}
