package app.overload.progression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.domain.WeekKind;

/**
 * The progression engine: turns a block's plan and the logged history into next week's prescriptions, each with its
 * decision and reason, plus the weekly volume checks and insights. Pure and deterministic: the same request and
 * history always give the same week.
 *
 * <p>For every prescription of the week it finds the prescription's series (see {@link PlannedSeries}), then decides in
 * this order: a rule that holds; the training-max rule (which knows its own cycle); a planned deload or taper week;
 * nothing logged yet (start from the block's level); a break of {@value Context#BREAK_DAYS} days or more (restart
 * lighter); otherwise the rule. Sessions of the series still to come before the target are assumed to go to plan.
 */
public final class ProgressionEngine {

    private final Map<ExerciseId, Exercise> catalogue = new HashMap<>();
    private final PrescriptionText text;

    /**
     * @param units     the user's units: loads are rounded to their plates and reasons written in them
     * @param catalogue the exercise catalogue, for names and increments (missing exercises show by key)
     */
    public ProgressionEngine(UnitPreferences units, Collection<Exercise> catalogue) {
        for (Exercise e : catalogue) {
            this.catalogue.put(e.id(), e);
        }
        ExerciseNames names = id -> this.catalogue.containsKey(id) ? this.catalogue.get(id).name() : id.value();
        this.text = new PrescriptionText(units, names);
    }

    /** How this engine writes prescriptions and dates; the same words its reasons use. */
    public PrescriptionText text() {
        return text;
    }

    public WeekPlan suggestWeek(WeekRequest request, TrainingHistory history) {
        return week(request, history, UnaryOperator.identity(), true);
    }

    /**
     * The week, with each suggestion passed through {@code adjust} before the weekly volume guard looks at them: a
     * re-plan keeps the series that are on track as planned, and the guard must judge the week it will really be. A
     * re-plan shows no insights, so none are worked out (they were the larger part of the cost of each week).
     */
    WeekPlan suggestWeek(WeekRequest request, TrainingHistory history, UnaryOperator<Suggestion> adjust) {
        return week(request, history, adjust, false);
    }

    private WeekPlan week(WeekRequest request, TrainingHistory history, UnaryOperator<Suggestion> adjust,
            boolean insights) {
        TrainingBlock block = request.block();
        List<PlannedSession> week = new ArrayList<>(block.plannedIn(request.week()));
        List<PlannedSession> plan = block.plan();
        week.sort(Comparator.comparing((PlannedSession p) -> TrainingBlock.dateOf(block.start(), p.week(), p.day()))
                .thenComparingInt(plan::indexOf));
        List<Suggestion> suggestions = new ArrayList<>();
        List<Prescription> before = new ArrayList<>();
        // Whether the plan lightened the week's lifts is one answer for the whole week: worked out once.
        boolean liftsLightened = block.kindOf(request.week()) != WeekKind.NORMAL
                && PlannedWeeks.liftsLightened(block, request.week());
        for (PlannedSession planned : week) {
            for (int i = 0; i < planned.prescriptions().size(); i++) {
                Context c = new Context(request, PlannedSeries.of(block, planned, i), history, text, catalogue,
                        liftsLightened);
                Proposal p = propose(c);
                Suggestion made = new Suggestion(planned.id(), c.target.date(), i, c.target.prescription(),
                        settle(c, p), p.decision(), p.reason(), p.basedOn());
                Suggestion adjusted = adjust.apply(made);
                suggestions.add(adjusted);
                before.add(adjusted == made ? p.before() : null);
            }
        }
        VolumeGuard.Result volume = VolumeGuard.check(request, history, suggestions, before, text);
        return new WeekPlan(block.id(), request.week(), block.kindOf(request.week()), request.weekStart(),
                request.historyUntil(), volume.suggestions(), volume.checks(),
                insights ? Insights.of(request, history, text) : List.of());
    }

    /**
     * The proposal's prescription as the user can carry it out: fixed loads on their plates (kept-as-planned
     * prescriptions excepted), and the plan itself when the difference is only a unit round trip.
     */
    private static Prescription settle(Context c, Proposal p) {
        Prescription rx = c.target.prescription();
        Prescription suggested = p.suggested();
        boolean kept = p.decision() instanceof Decision.NotEnoughData || rx.rule() instanceof ProgressionRule.Hold
                || suggested.rule() instanceof ProgressionRule.TrainingMax;
        if (!kept && suggested instanceof Prescription.Strength s) {
            suggested = Prescriptions.loadable(s, c.incrementOf(s), c.unit());
        }
        return Prescriptions.same(rx, suggested) ? rx : suggested;
    }

    private Proposal propose(Context c) {
        Prescription rx = c.target.prescription();
        try {
            if (rx.rule() instanceof ProgressionRule.Hold) {
                // No progression, but a deload or taper week the plan did not lighten still lightens it.
                if (c.target.kind() != WeekKind.NORMAL && rx instanceof Prescription.Strength) {
                    return PlannedWeeks.strength(c, null, "", List.of());
                }
                if (c.target.kind() != WeekKind.NORMAL && rx instanceof Prescription.Endurance) {
                    return PlannedWeeks.endurance(c);
                }
                return Proposal.keep(rx, new Decision.Hold(), "Kept as written: the block gives it no progression.");
            }
            if (rx instanceof Prescription.Strength) {
                return strength(c, rx.rule());
            }
            if (rx instanceof Prescription.Endurance) {
                return endurance(c, rx.rule());
            }
            return Proposal.keep(rx, new Decision.Hold(), "Timed activities are kept as planned.");
        } catch (IllegalArgumentException | ArithmeticException e) {
            // A logged value the rules cannot work with (the domain refused a number derived from it): the
            // prescription stays as planned and the user learns what was wrong, instead of losing the whole week.
            return Proposal.notEnoughData(rx, "usable history for this prescription", "The history of this "
                    + "prescription holds a value the engine cannot use (" + e.getMessage() + "); kept as planned.");
        }
    }

    private Proposal strength(Context c, ProgressionRule rule) {
        if (rule instanceof ProgressionRule.Endurance) {
            return Proposal.keep(c.target.prescription(), new Decision.Hold(),
                    "An endurance rule cannot move a lift; kept as planned.");
        }
        if (rule instanceof ProgressionRule.TrainingMax tm) {
            return TrainingMaxRule.suggest(c, tm);
        }
        if (c.target.kind() != WeekKind.NORMAL) {
            return planned(c, rule);
        }
        return project(c, progress(c, rule), rule, c.pending);
    }

    /** The decision for the next normal session of the series, before projection. */
    private Proposal progress(Context c, ProgressionRule rule) {
        Proposal p;
        if (c.normal.isEmpty()) {
            p = rule instanceof ProgressionRule.RpeBased r ? RpeRule.suggest(c, r) : Restarts.startStrength(c);
        } else if (c.onBreak()) {
            p = Restarts.restartStrength(c, c.daysOff().getAsLong());
        } else if (rule instanceof ProgressionRule.ExerciseChain || movedUpTheChain(c)) {
            p = ChainRule.suggest(c);
        } else if (rule instanceof ProgressionRule.Linear linear) {
            p = LinearRule.suggest(c, linear);
        } else if (rule instanceof ProgressionRule.DoubleProgression dp) {
            p = DoubleProgressionRule.suggest(c, dp);
        } else {
            p = RpeRule.suggest(c, (ProgressionRule.RpeBased) rule);
        }
        return p;
    }

    /**
     * A deload or taper week scales the load of the last normal session before it: the last one logged, or, when
     * sessions are still to come, the load the rule reaches at the last of them.
     */
    private Proposal planned(Context c, ProgressionRule rule) {
        Optional<PlannedSeries.Attempt> last = c.last();
        if (last.isEmpty()) {
            return PlannedWeeks.strength(c, null, "", List.of());
        }
        if (c.pending == 0) {
            return PlannedWeeks.strength(c, LinearRule.workingLoad(last.get()), "lifted on "
                    + PrescriptionText.dates(List.of(last.get().date())), List.of(last.get().id()));
        }
        Proposal before = project(c, progress(c, rule), rule, c.pending - 1);
        Mass working = before.suggested() instanceof Prescription.Strength s ? PrescribedLoads.topFixed(s) : null;
        return PlannedWeeks.strength(c, working, "the last session before it reaches if the "
                + (c.pending == 1 ? "session still to come goes" : c.pending + " sessions still to come go")
                + " to plan", before.basedOn());
    }

    /** The last attempt was an easier exercise of the chain: the target is the next step up, not more of the same. */
    private static boolean movedUpTheChain(Context c) {
        ExerciseId target = ((Prescription.Strength) c.target.prescription()).exercise();
        return c.last().map(a -> !((Prescription.Strength) a.prescribed()).exercise().equals(target)).orElse(false);
    }

    /** Carries a climbing decision on over the sessions of the series still to come before the target. */
    private Proposal project(Context c, Proposal p, ProgressionRule rule, int steps) {
        if (rule instanceof ProgressionRule.Linear linear) {
            return LinearRule.project(c, p, linear.increment(), steps);
        }
        if (rule instanceof ProgressionRule.DoubleProgression dp) {
            return DoubleProgressionRule.project(c, p, dp, steps);
        }
        if (rule instanceof ProgressionRule.ExerciseChain) {
            return ChainRule.project(c, p, steps);
        }
        return p;
    }

    private Proposal endurance(Context c, ProgressionRule rule) {
        if (!(rule instanceof ProgressionRule.Endurance endurance)) {
            return Proposal.keep(c.target.prescription(), new Decision.Hold(),
                    "A strength rule cannot move an endurance session; kept as planned.");
        }
        if (c.target.kind() != WeekKind.NORMAL) {
            return PlannedWeeks.endurance(c);
        }
        if (c.normal.isEmpty()) {
            return Restarts.startEndurance(c);
        }
        if (c.onBreak()) {
            return Restarts.restartEndurance(c, c.daysOff().getAsLong());
        }
        return EnduranceRule.project(c, EnduranceRule.suggest(c, endurance), endurance, c.pending);
    }
}
