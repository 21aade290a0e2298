package app.overload.progression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.TrainingBlock;
import app.overload.domain.WeekKind;

/**
 * The plan as a re-plan pass hands it to the engine, week by week. A planned deload or taper week's lifts keep their
 * share of the load they are taken from: when the pass has re-planned that load (the last normal session of the
 * series before the week), the week's planned loads move with it, so "85 % of the week before" stays 85 % of the new
 * week before; and the share is taken afresh from the plan as given on every pass, never from the last pass's result.
 */
final class PlanAsGiven {

    private PlanAsGiven() {
    }

    /** {@code current} with the sessions still to come of a deload or taper {@code week} as {@code shaped} has them. */
    static TrainingBlock asGiven(TrainingBlock current, TrainingBlock shaped, int week,
            Set<PlannedSessionId> remaining) {
        if (current == shaped || current.kindOf(week) == WeekKind.NORMAL) {
            return current;
        }
        Map<PlannedSessionId, List<Prescription>> given = new HashMap<>();
        for (PlannedSession p : current.plannedIn(week)) {
            if (remaining.contains(p.id())) {
                shaped.planned(p.id()).filter(s -> !s.prescriptions().equals(p.prescriptions()))
                        .ifPresent(s -> given.put(p.id(), s.prescriptions()));
            }
        }
        return given.isEmpty() ? current : withPrescriptions(current, given);
    }

    /**
     * The lifts of a deload or taper {@code week} scaled with the last normal session before them, where the re-plan
     * has moved that session's load since {@code plan}.
     */
    static TrainingBlock followReferences(TrainingBlock current, TrainingBlock plan, int week,
            Set<PlannedSessionId> remaining) {
        if (current.kindOf(week) == WeekKind.NORMAL) {
            return current;
        }
        Map<PlannedSessionId, List<Prescription>> scaled = new HashMap<>();
        for (PlannedSession p : current.plannedIn(week)) {
            for (int i = 0; i < p.prescriptions().size(); i++) {
                if (remaining.contains(p.id()) && p.prescriptions().get(i) instanceof Prescription.Strength rx) {
                    PlannedSeries.Occurrence reference = PlannedWeeks.reference(PlannedSeries.of(current, p, i));
                    Mass now = reference == null ? null : top(reference.prescription());
                    Mass was = reference == null ? null : plan.planned(reference.planned().id())
                            .map(r -> top(r.prescriptions().get(reference.position()))).orElse(null);
                    if (now != null && was != null && !was.isZero() && !now.sameAs(was)) {
                        int position = i;
                        scaled.computeIfAbsent(p.id(), id -> new ArrayList<>(p.prescriptions()))
                                .set(position, scale(rx, now.kilograms() / was.kilograms()));
                    }
                }
            }
        }
        return scaled.isEmpty() ? current : withPrescriptions(current, scaled);
    }

    private static Mass top(Prescription rx) {
        return rx instanceof Prescription.Strength s ? PrescribedLoads.topFixed(s) : null;
    }

    private static Prescription.Strength scale(Prescription.Strength rx, double ratio) {
        List<PrescribedSet> sets = new ArrayList<>();
        for (PrescribedSet s : rx.sets()) {
            sets.add(s.kind().isWork() && s.load() instanceof LoadTarget.Fixed f
                    ? new PrescribedSet(s.reps(), s.kind(), new LoadTarget.Fixed(Mass.kilograms(Math.min(
                            f.load().kilograms() * ratio, Mass.MAX_KILOGRAMS))), s.rpeCap())
                    : s);
        }
        return new Prescription.Strength(rx.exercise(), sets, rx.rule());
    }

    /** {@code block} with the prescriptions of the sessions in {@code changed} replaced. */
    static TrainingBlock withPrescriptions(TrainingBlock block,
            Map<PlannedSessionId, List<Prescription>> changed) {
        if (changed.isEmpty()) {
            return block;
        }
        List<PlannedSession> plan = new ArrayList<>();
        for (PlannedSession p : block.plan()) {
            List<Prescription> rx = changed.get(p.id());
            plan.add(rx == null || rx.equals(p.prescriptions()) ? p : new PlannedSession(p.id(), p.week(), p.day(),
                    p.purpose(), p.title(), rx, p.notes()));
        }
        return block.withPlan(plan);
    }
}
