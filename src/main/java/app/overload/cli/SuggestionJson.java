package app.overload.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.Interval;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.Insight;
import app.overload.progression.Suggestion;
import app.overload.progression.VolumeCheck;
import app.overload.progression.WeekPlan;

/**
 * The {@code suggest --json} document (docs/suggestions.md): SI numbers for programs, and the same sentences the
 * text output shows, in the user's units, for people.
 */
final class SuggestionJson {

    private SuggestionJson() {
    }

    static Map<String, Object> of(TrainingBlock block, WeekPlan plan, PrescriptionText text) {
        UnitPreferences units = text.units();
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", block.id().toString());
        b.put("name", block.name());
        root.put("block", b);
        root.put("week", plan.week());
        root.put("weekKind", plan.kind().name().toLowerCase(Locale.ROOT));
        root.put("weekStart", plan.weekStart().toString());
        root.put("historyBefore", plan.historyUntil().toString());
        Map<String, Object> unitNames = new LinkedHashMap<>();
        unitNames.put("mass", units.mass().symbol());
        unitNames.put("distance", units.distance().symbol());
        root.put("units", unitNames);
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (Suggestion s : plan.suggestions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plannedSession", s.plannedSession().toString());
            row.put("session", block.planned(s.plannedSession()).map(PlannedSession::displayName).orElse(""));
            row.put("date", s.date().toString());
            row.put("position", s.position());
            row.put("decision", s.decision().key());
            row.put("changesPlan", s.changesPlan());
            row.put("prescribedText", text.describe(s.prescribed()));
            row.put("suggestedText", text.describe(s.suggested()));
            row.put("reason", s.reason());
            row.put("basedOn", s.basedOn().stream().map(Object::toString).toList());
            row.put("prescribed", prescription(s.prescribed(), units));
            row.put("suggested", prescription(s.suggested(), units));
            suggestions.add(row);
        }
        root.put("suggestions", suggestions);
        List<Map<String, Object>> volume = new ArrayList<>();
        for (VolumeCheck v : plan.volume()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("modality", v.modality().name().toLowerCase(Locale.ROOT));
            row.put("measure", v.measure().name().toLowerCase(Locale.ROOT));
            row.put("plannedMetres", round(v.planned().metres()));
            row.put("lastWeekMetres", round(v.lastWeek().metres()));
            row.put("twoWeeksAgoMetres", round(v.twoWeeksAgo().metres()));
            row.put("plannedSeconds", v.plannedTime().toSeconds());
            row.put("lastWeekSeconds", v.lastWeekTime().toSeconds());
            row.put("twoWeeksAgoSeconds", v.twoWeeksAgoTime().toSeconds());
            row.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
            row.put("refused", v.refused());
            row.put("message", v.sentence());
            volume.add(row);
        }
        root.put("volume", volume);
        List<Map<String, Object>> insights = new ArrayList<>();
        for (Insight i : plan.insights()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", i.kind().key());
            row.put("severity", i.severity().name().toLowerCase(Locale.ROOT));
            row.put("message", i.sentence());
            insights.add(row);
        }
        root.put("insights", insights);
        return root;
    }

    static Map<String, Object> prescription(Prescription rx, UnitPreferences units) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (rx instanceof Prescription.Strength s) {
            m.put("kind", "strength");
            m.put("exercise", s.exercise().value());
            List<Map<String, Object>> sets = new ArrayList<>();
            for (PrescribedSet set : s.sets()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("reps", set.reps());
                row.put("setKind", set.kind().name().toLowerCase(Locale.ROOT));
                Mass load = PrescribedLoads.of(set, rx.rule(), units.mass());
                row.put("loadKg", load == null ? null : round(load.kilograms()));
                row.put("percentOfTrainingMax", set.load() instanceof LoadTarget.PercentOfTrainingMax p
                        ? round(p.fraction() * 100) : null);
                row.put("targetRpe", set.load() instanceof LoadTarget.AtRpe r ? r.rpe().value() : null);
                row.put("rpeCap", set.rpeCap() == null ? null : set.rpeCap().value());
                sets.add(row);
            }
            m.put("sets", sets);
        } else if (rx instanceof Prescription.Endurance e) {
            m.put("kind", "endurance");
            m.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
            m.put("distanceMetres", e.distance() == null ? null : round(e.distance().metres()));
            m.put("durationSeconds", e.duration() == null ? null : e.duration().toMillis() / 1000.0);
            m.put("paceSecondsPerKm", e.target() instanceof PaceTarget.AtPace p
                    ? round(p.pace().secondsPerKilometre()) : null);
            m.put("zone", e.target() instanceof PaceTarget.InZone z ? z.zone() : null);
            List<Map<String, Object>> intervals = new ArrayList<>();
            for (Interval i : e.intervals()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("repeats", i.repeats());
                row.put("workMetres", i.workDistance() == null ? null : round(i.workDistance().metres()));
                row.put("workSeconds", i.workDuration() == null ? null : i.workDuration().toMillis() / 1000.0);
                intervals.add(row);
            }
            m.put("intervals", intervals);
        } else {
            Prescription.Timed t = (Prescription.Timed) rx;
            m.put("kind", "timed");
            m.put("activity", t.activity());
            m.put("durationSeconds", t.duration().toMillis() / 1000.0);
        }
        m.put("rule", rule(rx.rule(), units));
        return m;
    }

    private static Map<String, Object> rule(ProgressionRule rule, UnitPreferences units) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (rule instanceof ProgressionRule.Linear l) {
            m.put("kind", "linear");
            m.put("incrementKg", round(l.increment().kilograms()));
        } else if (rule instanceof ProgressionRule.DoubleProgression d) {
            m.put("kind", "double-progression");
            m.put("minReps", d.minReps());
            m.put("maxReps", d.maxReps());
        } else if (rule instanceof ProgressionRule.RpeBased) {
            m.put("kind", "rpe");
        } else if (rule instanceof ProgressionRule.TrainingMax t) {
            m.put("kind", "training-max");
            m.put("trainingMaxKg", round(t.trainingMax().kilograms()));
        } else if (rule instanceof ProgressionRule.ExerciseChain c) {
            m.put("kind", "exercise-chain");
            m.put("next", c.next().value());
        } else if (rule instanceof ProgressionRule.Endurance) {
            m.put("kind", "endurance");
        } else {
            m.put("kind", "hold");
        }
        return m;
    }

    /** Three decimals: enough for grams and millimetres, short enough to read. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
