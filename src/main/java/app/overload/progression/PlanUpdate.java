package app.overload.progression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.InvalidValueException;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.TrainingBlock;

/**
 * Accepting suggestions: the block with the accepted prescriptions written into its plan, ready to be saved in one
 * transaction. A suggestion made from a plan that has changed since is refused, so an old "Next week" screen
 * cannot overwrite newer edits.
 */
public final class PlanUpdate {

    private PlanUpdate() {
    }

    /**
     * @throws InvalidValueException when a suggestion's planned session is gone or its prescription changed since
     *                               the suggestion was made
     */
    public static TrainingBlock accept(TrainingBlock block, Collection<Suggestion> accepted) {
        Map<PlannedSessionId, List<Prescription>> changed = new HashMap<>();
        for (Suggestion s : accepted) {
            PlannedSession planned = block.planned(s.plannedSession()).orElseThrow(() -> new InvalidValueException(
                    "plan", "The planned session of " + s.date() + " is no longer in \"" + block.name()
                            + "\"; ask for suggestions again."));
            List<Prescription> rx = changed.computeIfAbsent(planned.id(),
                    id -> new ArrayList<>(planned.prescriptions()));
            if (s.position() >= rx.size() || !planned.prescriptions().get(s.position()).equals(s.prescribed())) {
                throw new InvalidValueException("plan", "\"" + planned.displayName() + "\" on " + s.date()
                        + " changed since the suggestions were made; ask for suggestions again.");
            }
            rx.set(s.position(), s.suggested());
        }
        List<PlannedSession> plan = new ArrayList<>();
        for (PlannedSession p : block.plan()) {
            List<Prescription> rx = changed.get(p.id());
            plan.add(rx == null ? p : new PlannedSession(p.id(), p.week(), p.day(), p.purpose(), p.title(), rx,
                    p.notes()));
        }
        return block.withPlan(plan);
    }

    /** Accepts every suggestion of the week that changes the plan. */
    public static TrainingBlock acceptAll(TrainingBlock block, WeekPlan week) {
        return accept(block, week.changes());
    }
}
