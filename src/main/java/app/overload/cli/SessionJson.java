package app.overload.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.Session;
import app.overload.domain.SessionSummary;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import app.overload.notation.NotationContext;
import app.overload.notation.NotationWriter;
import app.overload.notation.Reading;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The sessions {@code overload log --json} prints: every entry and set, in SI units, with the line they read as. */
final class SessionJson {

    private SessionJson() {
    }

    static String write(List<Reading.Understood> sessions, NotationContext context, NotationWriter writer) {
        SessionSummary summary = new SessionSummary(context.units(), context.catalogue().names());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Reading.Understood u : sessions) {
            Session s = u.session();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id().toString());
            row.put("start", s.start().toString());
            row.put("kind", SessionSummary.kind(s).toLowerCase(Locale.ROOT));
            if (s instanceof TrainingSession t) {
                row.put("block", t.block().toString());
                row.put("blockName", u.block() == null ? null : u.block().name());
                row.put("purpose", t.purpose().name());
                row.put("plannedSession", t.plannedSession() == null ? null : t.plannedSession().toString());
            } else {
                row.put("label", ((Workout) s).label());
            }
            row.put("durationSeconds", s.duration().toMillis() / 1000.0);
            row.put("rpe", s.rpe() == null ? null : s.rpe().value());
            row.put("notes", s.notes());
            row.put("summary", summary.describe(s));
            row.put("notation", writer.write(s));
            row.put("entries", s.entries().stream().map(SessionJson::entry).toList());
            rows.add(row);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the sessions as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> entry(ActivityEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (entry instanceof StrengthEntry s) {
            row.put("type", "strength");
            row.put("exercise", s.exercise().value());
            row.put("sets", s.sets().stream().map(SessionJson::set).toList());
        } else if (entry instanceof EnduranceEntry e) {
            row.put("type", "endurance");
            row.put("modality", e.modality().name());
            row.put("distanceMetres", metres(e.distance()));
            row.put("durationSeconds", e.duration().toMillis() / 1000.0);
            row.put("averageHeartRate", e.averageHeartRate());
            row.put("elevationGainMetres", metres(e.elevationGain()));
            row.put("intervals", e.intervals().stream().map(SessionJson::interval).toList());
        } else {
            TimedEntry t = (TimedEntry) entry;
            row.put("type", "timed");
            row.put("activity", t.activity());
            row.put("durationSeconds", t.duration().toMillis() / 1000.0);
            row.put("effort", t.effort() == null ? null : t.effort().value());
        }
        return row;
    }

    private static Map<String, Object> set(StrengthSet s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reps", s.reps());
        row.put("loadKg", s.load().kilograms());
        row.put("rpe", s.rpe() == null ? null : s.rpe().value());
        row.put("restSeconds", s.restBefore() == null ? null : s.restBefore().toMillis() / 1000.0);
        row.put("kind", s.kind().name());
        row.put("failed", s.failed());
        return row;
    }

    private static Map<String, Object> interval(Interval i) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("repeats", i.repeats());
        row.put("workMetres", metres(i.workDistance()));
        row.put("workSeconds", i.workDuration() == null ? null : i.workDuration().toMillis() / 1000.0);
        row.put("recoveryMetres", metres(i.recoveryDistance()));
        row.put("recoverySeconds", i.recoveryDuration() == null ? null : i.recoveryDuration().toMillis() / 1000.0);
        return row;
    }

    private static Double metres(Distance d) {
        return d == null ? null : d.metres();
    }
}
