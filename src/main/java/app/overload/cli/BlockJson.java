package app.overload.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Goal;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.StrengthGoal;
import app.overload.planning.BlockReport;
import app.overload.planning.Compliance;
import app.overload.planning.GoalProgress;
import app.overload.planning.GoalText;

/** The JSON of {@code overload blocks --json}: SI numbers, plus the sentences the text output shows. */
final class BlockJson {

    private BlockJson() {
    }

    static List<Map<String, Object>> rows(List<BlockReport> summaries, GoalText text) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BlockReport s : summaries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.block().id().toString());
            row.put("name", s.block().name());
            row.put("status", s.status().name().toLowerCase(Locale.ROOT));
            row.put("goal", goal(s.block().goal(), text));
            row.put("start", s.block().start().toString());
            row.put("goalDate", s.block().goalDate().toString());
            row.put("weeks", s.block().weeks());
            row.put("currentWeek", s.currentWeek().orElse(null));
            row.put("compliance", compliance(s.compliance()));
            row.put("progress", progress(s.progress(), text));
            if (s.block().outcome() != null) {
                Map<String, Object> outcome = new LinkedHashMap<>();
                outcome.put("archivedOn", s.block().outcome().archivedOn().toString());
                outcome.put("goalMet", s.block().outcome().goalMet());
                outcome.put("summary", s.block().outcome().summary());
                row.put("outcome", outcome);
            }
            rows.add(row);
        }
        return rows;
    }

    static Map<String, Object> goal(Goal goal, GoalText text) {
        Map<String, Object> g = new LinkedHashMap<>();
        if (goal instanceof StrengthGoal s) {
            g.put("kind", "strength");
            g.put("exercise", s.exercise().value());
            g.put("loadKg", s.load().kilograms());
            g.put("reps", s.reps());
        } else if (goal instanceof EstimatedMaxGoal e) {
            g.put("kind", "estimated-max");
            g.put("exercise", e.exercise().value());
            g.put("oneRepMaxKg", e.oneRepMax().kilograms());
        } else if (goal instanceof EnduranceGoal e) {
            g.put("kind", "endurance");
            g.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
            g.put("distanceM", e.distance().metres());
            g.put("targetTimeS", e.targetTime().toMillis() / 1000.0);
        } else {
            MeasurableGoal m = (MeasurableGoal) goal;
            g.put("kind", "measurable");
            g.put("description", m.description());
            g.put("target", m.target());
            g.put("unit", m.unit());
            g.put("higherIsBetter", m.higherIsBetter());
        }
        g.put("text", text.target(goal));
        return g;
    }

    private static Map<String, Object> compliance(Compliance c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planned", c.planned());
        m.put("due", c.due());
        m.put("done", c.done());
        m.put("percent", c.percent().isPresent() ? c.percent().getAsInt() : null);
        return m;
    }

    private static Map<String, Object> progress(GoalProgress p, GoalText text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measured", p.measured());
        m.put("met", p.met());
        m.put("metOn", p.metOn() == null ? null : p.metOn().toString());
        m.put("percent", p.percent().isPresent() ? p.percent().getAsInt() : null);
        if (p.best() instanceof GoalProgress.LiftBest lift) {
            m.put("best", ordered("date", lift.date().toString(), "loadKg", lift.load().kilograms(),
                    "reps", lift.reps(), "estimatedMaxKg", round(lift.estimate().kilograms())));
        } else if (p.best() instanceof GoalProgress.RaceBest race) {
            m.put("best", ordered("date", race.date().toString(), "distanceM", race.distance().metres(),
                    "timeS", race.time().toMillis() / 1000.0, "predictedS", race.predicted().toMillis() / 1000.0));
        } else {
            m.put("best", null);
        }
        m.put("text", text.line(p));
        return m;
    }

    /** A map that keeps its keys in the order given, so the JSON reads the same every time. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static double round(double kilograms) {
        return Math.round(kilograms * 10) / 10.0;
    }
}
