package app.overload.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.EnduranceGoal;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.planning.GoalOutlook;
import app.overload.planning.GoalText;
import app.overload.progression.SessionChange;
import app.overload.progression.Suggestion;
import app.overload.usecase.ReplanBlock;

/**
 * The {@code replan --json} and {@code outlook --json} documents (docs/replan.md): SI numbers for programs, and the
 * sentences the text output shows, in the user's units, for people.
 */
final class ReplanJson {

    private ReplanJson() {
    }

    static Map<String, Object> replan(ReplanBlock.Proposal proposal, GoalText goals) {
        PrescriptionText text = proposal.text();
        TrainingBlock block = proposal.replan().source();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("block", block(block));
        root.put("today", proposal.replan().today().toString());
        root.put("units", units(text));
        root.put("whatIf", proposal.replan().whatIfs().stream().map(w -> w.describe()).toList());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (SessionChange c : proposal.replan().changes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plannedSession", c.id().toString());
            row.put("session", c.name());
            row.put("date", c.date().toString());
            row.put("dateBefore", c.dateBefore() == null ? null : c.dateBefore().toString());
            row.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
            row.put("before", session(c.before(), text));
            row.put("after", session(c.after(), text));
            row.put("decisions", c.lines().stream().map(s -> s.decision().key()).distinct().toList());
            row.put("reason", c.reason());
            List<Map<String, Object>> read = new ArrayList<>();
            for (SessionId id : c.basedOn()) {
                LocalDate day = proposal.cited().get(id);
                Map<String, Object> session = new LinkedHashMap<>();
                session.put("id", id.toString());
                session.put("date", day == null ? null : day.toString());
                read.add(session);
            }
            row.put("basedOn", read);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Suggestion s : c.lines()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("position", s.position());
                line.put("decision", s.decision().key());
                line.put("beforeText", text.describe(s.prescribed()));
                line.put("afterText", text.describe(s.suggested()));
                line.put("reason", s.reason());
                lines.add(line);
            }
            row.put("lines", lines);
            changes.add(row);
        }
        root.put("changes", changes);
        root.put("goalChanged", !block.goal().equals(proposal.replan().replanned().goal())
                ? BlockJson.goal(proposal.replan().replanned().goal(), goals) : null);
        root.put("goalDate", proposal.replan().replanned().goalDate().toString());
        root.put("outlook", outlook(proposal.outlook(), goals));
        ReplanBlock.Reach reach = proposal.reach();
        if (reach == null) {
            root.put("outOfReach", null);
        } else {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("message", reach.sentence());
            r.put("moveGoalWeeks", reach.weeks() == 0 ? null : reach.weeks());
            r.put("lowerTarget", BlockJson.goal(reach.lower(), goals));
            root.put("outOfReach", r);
        }
        return root;
    }

    static Map<String, Object> outlook(TrainingBlock block, GoalOutlook outlook, GoalText goals) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("block", block(block));
        root.putAll(outlook(outlook, goals));
        return root;
    }

    private static Map<String, Object> outlook(GoalOutlook o, GoalText goals) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goal", BlockJson.goal(o.goal(), goals));
        m.put("date", o.on().toString());
        m.put("measured", o.measured());
        boolean time = o.goal() instanceof EnduranceGoal;
        m.put("unit", time ? "s" : "kg");
        m.put("low", number(o.low(), time));
        m.put("expected", number(o.expected(), time));
        m.put("high", number(o.high(), time));
        m.put("target", number(o.target(), time));
        m.put("chance", o.measured() ? Math.round(o.chance() * 1000) / 1000.0 : null);
        m.put("text", o.sentence(goals.units()));
        m.put("basis", o.measured() ? o.basis() : o.missing());
        return m;
    }

    private static Object number(double value, boolean seconds) {
        if (Double.isNaN(value)) {
            return null;
        }
        return seconds ? (Object) Math.round(value) : (Object) (Math.round(value * 10) / 10.0);
    }

    private static Map<String, Object> block(TrainingBlock block) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", block.id().toString());
        b.put("name", block.name());
        return b;
    }

    private static Map<String, Object> units(PrescriptionText text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mass", text.units().mass().symbol());
        m.put("distance", text.units().distance().symbol());
        return m;
    }

    private static Map<String, Object> session(PlannedSession p, PrescriptionText text) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", String.join("; ", p.prescriptions().stream().map(text::describe).toList()));
        List<Map<String, Object>> rx = new ArrayList<>();
        for (Prescription r : p.prescriptions()) {
            rx.add(SuggestionJson.prescription(r, text.units()));
        }
        m.put("prescriptions", rx);
        return m;
    }
}
