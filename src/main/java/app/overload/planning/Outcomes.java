package app.overload.planning;

import java.time.Duration;
import java.time.LocalDate;

import app.overload.domain.BlockOutcome;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;
import app.overload.progression.OneRepMax;

/**
 * The outcome an archived block is offered: whether the goal was met and by how much, in one sentence the athlete
 * can still edit. Measurable goals take the result the athlete reports.
 */
public final class Outcomes {

    private Outcomes() {
    }

    public static BlockOutcome propose(GoalProgress progress, LocalDate archivedOn, GoalText text) {
        UnitPreferences units = text.units();
        String target = text.target(progress.goal());
        if (!progress.measured()) {
            return new BlockOutcome(archivedOn, false, "Result not recorded (target: " + target + ").");
        }
        if (progress.best() == null) {
            return new BlockOutcome(archivedOn, false, "Goal not met: nothing was logged toward " + target + ".");
        }
        String best = text.effort(progress.goal(), progress.best());
        if (progress.goal() instanceof EnduranceGoal g) {
            GoalProgress.RaceBest race = (GoalProgress.RaceBest) progress.best();
            Duration gap = race.predicted().minus(g.targetTime());
            return progress.met()
                    ? new BlockOutcome(archivedOn, true, "Goal met on " + GoalText.day(progress.metOn()) + ": best "
                            + best + ", " + GoalText.clock(gap) + " under " + target + ".")
                    : new BlockOutcome(archivedOn, false, "Goal not met: best " + best + ", "
                            + GoalText.clock(gap) + " slower than " + target + ".");
        }
        GoalProgress.LiftBest lift = (GoalProgress.LiftBest) progress.best();
        Mass aim = progress.goal() instanceof StrengthGoal g ? OneRepMax.epley(units.loadable(g.load()), g.reps())
                : units.loadable(((EstimatedMaxGoal) progress.goal()).oneRepMax());
        double difference = lift.estimate().kilograms() - aim.kilograms();
        String by = text.estimate(Mass.kilograms(Math.abs(difference)));
        if (progress.met()) {
            Mass shown = progress.goal() instanceof StrengthGoal g ? units.loadable(g.load()) : null;
            String over = shown != null && lift.load().in(units.mass()) > shown.in(units.mass()) + 0.01
                    ? ", " + units.format(lift.load().minusOrZero(shown)) + " over the target load" : "";
            return new BlockOutcome(archivedOn, true, "Goal met on " + GoalText.day(progress.metOn()) + " ("
                    + target + "): best " + best + over + ".");
        }
        String estimate = progress.goal() instanceof StrengthGoal ? "the target's e1RM " + text.estimate(aim) : target;
        return new BlockOutcome(archivedOn, false, "Goal not met: best " + best + ", " + by + " ("
                + Math.round(100 * Math.abs(difference) / aim.kilograms()) + " %) short of " + estimate + ".");
    }

    /** The outcome of a measurable goal from the result the athlete reports. */
    public static BlockOutcome measured(MeasurableGoal goal, double result, LocalDate archivedOn) {
        if (!Double.isFinite(result) || result < 0 || result > 1e9) {
            throw new InvalidValueException("result", "Result must be a number of at least 0.");
        }
        boolean met = goal.higherIsBetter() ? result >= goal.target() : result <= goal.target();
        double gap = Math.abs(result - goal.target());
        String unit = goal.unit().isEmpty() ? "" : " " + goal.unit();
        String share = goal.target() == 0 ? "" : " (" + Math.round(100 * gap / goal.target()) + " %)";
        String how = gap == 0 ? "exactly on target"
                : UnitPreferences.number(gap, 2) + unit + share + (met ? (goal.higherIsBetter() ? " over" : " under")
                        : " short");
        return new BlockOutcome(archivedOn, met, (met ? "Goal met: " : "Goal not met: ") + goal.description() + " "
                + UnitPreferences.number(result, 2) + unit + " against a target of "
                + UnitPreferences.number(goal.target(), 2) + unit + ", " + how + ".");
    }
}
