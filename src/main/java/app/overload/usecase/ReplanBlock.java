package app.overload.usecase;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.overload.domain.BlockId;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Goal;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.planning.GoalOutlook;
import app.overload.planning.Outlooks;
import app.overload.progression.Drift;
import app.overload.progression.ProgressionEngine;
import app.overload.progression.Replan;
import app.overload.progression.Replanner;
import app.overload.progression.SessionChange;
import app.overload.progression.TrainingHistory;
import app.overload.progression.WhatIf;
import app.overload.store.Logbook;

/**
 * Re-plans the rest of a block from what was logged, says what its goal then looks like and, when the goal is out
 * of safe reach, what could be done about it; writes an accepted re-plan in one transaction and can take it back.
 * {@code overload replan}, the block view's "Re-plan…" dialog and its drift notice all call it.
 */
public final class ReplanBlock {

    /** Below this chance the goal is out of safe reach: the guards cannot get there by the goal date. */
    public static final double SAFE_CHANCE = 0.10;
    /** A goal date moved this many weeks at most, looking for one the goal can be reached by. */
    public static final int MOST_WEEKS_TO_ADD = 8;

    /**
     * A re-plan and what a front end shows with it.
     *
     * @param outlook     the goal on its date with the plan re-planned
     * @param reach       when the goal is out of safe reach, the choices; null when it is within reach or unmeasured
     * @param cited       the day of every logged session the reasons cite
     */
    public record Proposal(Replan replan, GoalOutlook outlook, Reach reach, Map<SessionId, LocalDate> cited,
            PrescriptionText text) {
        public Proposal {
            cited = Map.copyOf(cited);
        }
    }

    /**
     * The choices when the goal is out of safe reach: keep it, move the goal date by {@code weeks} (0 when no move of
     * up to {@value #MOST_WEEKS_TO_ADD} weeks is enough), or aim at {@code lower}, what is expected by the goal date.
     */
    public record Reach(int weeks, Goal lower, String sentence) {
    }

    /** An accepted re-plan: the block before and after, so it can be undone. */
    public record Accepted(TrainingBlock before, TrainingBlock after, int sessions) {
    }

    private final Logbook logbook;

    public ReplanBlock(Logbook logbook) {
        this.logbook = logbook;
    }

    /** The block as stored now. */
    public TrainingBlock stored(BlockId id) {
        return logbook.blocks().find(id).orElseThrow(() -> new IllegalStateException(
                "This block is no longer in the logbook."));
    }

    /** Re-plans the block as stored now; see {@link #replan(TrainingBlock, LocalDate, UnitPreferences, List)}. */
    public Proposal replan(BlockId block, LocalDate today, UnitPreferences units, List<WhatIf> whatIfs) {
        return replan(stored(block), today, units, whatIfs);
    }

    /**
     * The rest of {@code block} re-planned as of {@code today}, with the previews {@code whatIfs} applied first.
     *
     * @throws InvalidValueException when a preview cannot be applied to this block
     */
    public Proposal replan(TrainingBlock block, LocalDate today, UnitPreferences units, List<WhatIf> whatIfs) {
        TrainingHistory history = BlockHistory.read(logbook, block, today);
        ProgressionEngine engine = new ProgressionEngine(units, logbook.exercises().all());
        Replanner replanner = new Replanner(engine);
        Replan replan = replanner.replan(block, today, history, whatIfs);
        GoalOutlook outlook = Outlooks.of(replan.replanned(), history, today, units);
        Reach reach = null;
        if (outlook.measured() && outlook.chance() < SAFE_CHANCE && replan.replanned().goal().equals(block.goal())) {
            reach = reach(replanner, block, today, history, whatIfs, outlook, units);
        }
        return new Proposal(replan, outlook, reach, cited(replan, history), engine.text());
    }

    /** The choices for a goal out of safe reach: the fewest weeks that bring it within reach, and a lower target. */
    private static Reach reach(Replanner replanner, TrainingBlock block, LocalDate today, TrainingHistory history,
            List<WhatIf> whatIfs, GoalOutlook outlook, UnitPreferences units) {
        int weeks = 0;
        for (int n = 1; n <= MOST_WEEKS_TO_ADD && weeks == 0; n++) {
            List<WhatIf> longer = new ArrayList<>(whatIfs);
            longer.add(new WhatIf.AddWeeks(n));
            try {
                Replan moved = replanner.replan(block, today, history, longer);
                if (Outlooks.of(moved.replanned(), history, today, units).chance() >= 0.5) {
                    weeks = n;
                }
            } catch (InvalidValueException e) {
                // The block cannot take that many more weeks (too long, or in its last week): no date to offer.
                break;
            }
        }
        Goal expected = lower(block.goal(), outlook, units);
        Goal lower = atLeastDone(expected, bestInBlock(block, history, today), units);
        String sentence = "The goal is out of safe reach by " + PrescriptionText.dates(List.of(block.goalDate())) + ": "
                + outlook.chanceText() + " chance within the guards. Keep it, "
                + (weeks > 0 ? "move the goal date " + weeks + (weeks == 1 ? " week" : " weeks") + " later, "
                        : "")
                + "or aim at " + (lower.equals(expected) ? outlook.expectedText(units) : aimText((StrengthGoal) lower, units)
                        + ", already done in this block") + " instead.";
        return new Reach(weeks, lower, sentence);
    }

    /** The target the outlook expects, as a goal: the load rounded down to a plate, the time up to a minute. */
    static Goal lower(Goal goal, GoalOutlook outlook, UnitPreferences units) {
        MassUnit unit = units.mass();
        if (goal instanceof StrengthGoal g) {
            return new StrengthGoal(g.exercise(), plate(outlook.expected(), unit), g.reps());
        }
        if (goal instanceof EstimatedMaxGoal g) {
            return new EstimatedMaxGoal(g.exercise(), plate(outlook.expected(), unit));
        }
        EnduranceGoal g = (EnduranceGoal) goal;
        long minutes = (long) Math.ceil(outlook.expected() / 60);
        return new EnduranceGoal(g.modality(), g.distance(), Duration.ofMinutes(minutes));
    }

    /**
     * A lower lift target is never below what the athlete already lifted in this block: a trend drawn through failed
     * sessions and restarts can run downhill, but offering 90 kg × 5 to someone who has done 95 kg × 5 helps no one.
     */
    static Goal atLeastDone(Goal lower, Mass bestDone, UnitPreferences units) {
        if (bestDone == null) {
            return lower;
        }
        Mass done = bestDone.roundDown(units.mass().smallestStep(), units.mass());
        if (lower instanceof StrengthGoal g && done.compareTo(g.load()) > 0) {
            return new StrengthGoal(g.exercise(), done, g.reps());
        }
        return lower;
    }

    /** The heaviest load lifted for at least the goal's reps, without failing, since the block began. */
    private static Mass bestInBlock(TrainingBlock block, TrainingHistory history, LocalDate today) {
        if (!(block.goal() instanceof StrengthGoal g)) {
            return null;
        }
        Mass best = null;
        for (TrainingHistory.Logged<StrengthEntry> l : history.strength(Set.of(g.exercise()), today.plusDays(1))) {
            if (l.date().isBefore(block.start())) {
                continue;
            }
            for (StrengthSet set : l.entry().workSets()) {
                if (!set.failed() && set.reps() >= g.reps() && (best == null || set.load().compareTo(best) > 0)) {
                    best = set.load();
                }
            }
        }
        return best;
    }

    private static String aimText(StrengthGoal goal, UnitPreferences units) {
        return units.formatTarget(goal.load()) + " × " + goal.reps();
    }

    private static Mass plate(double kilograms, MassUnit unit) {
        Mass load = Mass.kilograms(Math.max(kilograms, 0)).roundDown(unit.smallestStep(), unit);
        return load.isZero() ? Mass.of(unit.smallestStep(), unit) : load;
    }

    /** The day of each logged session the changes' reasons cite. */
    private Map<SessionId, LocalDate> cited(Replan replan, TrainingHistory history) {
        Map<SessionId, LocalDate> days = new HashMap<>();
        for (Session s : history.sessions()) {
            days.put(s.id(), s.date());
        }
        Map<SessionId, LocalDate> cited = new HashMap<>();
        for (SessionChange c : replan.changes()) {
            for (SessionId id : c.basedOn()) {
                LocalDate day = days.get(id);
                if (day != null) {
                    cited.put(id, day);
                }
            }
        }
        return cited;
    }

    /**
     * Writes the chosen sessions of the re-plan (all of them when {@code chosen} covers every change) into the block in
     * one transaction.
     *
     * @throws InvalidValueException when the block changed since the re-plan was made, or part of a re-plan that
     *                               moves the timeline was chosen
     */
    public Accepted accept(Replan replan, Collection<PlannedSessionId> chosen) {
        TrainingBlock stored = stored(replan.source().id());
        TrainingBlock updated = replan.accept(stored, chosen);
        long sessions = replan.changes().stream().filter(c -> chosen.contains(c.id())).count();
        if (!updated.equals(stored)) {
            logbook.blocks().save(updated);
        }
        return new Accepted(stored, updated, (int) sessions);
    }

    /** Writes every change of the re-plan. */
    public Accepted acceptAll(Replan replan) {
        return accept(replan, replan.changes().stream().map(SessionChange::id).toList());
    }

    /**
     * Puts the block back as it was before {@code accepted}, in one transaction.
     *
     * @throws InvalidValueException when the block changed again since, so undoing would lose those changes
     */
    public TrainingBlock undo(Accepted accepted) {
        TrainingBlock stored = stored(accepted.after().id());
        if (!stored.equals(accepted.after())) {
            throw new InvalidValueException("plan", "\"" + stored.name() + "\" changed again since the re-plan was "
                    + "accepted; undoing it now would lose those changes.");
        }
        logbook.blocks().save(accepted.before());
        return accepted.before();
    }

    /** Where the logbook has drifted from the block's plan as of {@code today}: what the quiet notice says. */
    public List<Drift> drift(TrainingBlock block, LocalDate today, UnitPreferences units) {
        TrainingHistory history = BlockHistory.read(logbook, block, today);
        PrescriptionText text = new ProgressionEngine(units, logbook.exercises().all()).text();
        return Drift.of(block, history, today, text);
    }
}
