package app.overload.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;
import app.overload.progression.OneRepMax;

/**
 * A strength block's goal on the estimated-max chart: the target as a line, and while the block runs, the trend of
 * the last {@value #TREND_DAYS} days (least squares over each session's e1RM) projected to the goal date, with the
 * verdict "on track" or "behind by X".
 */
final class StrengthGoalLine {

    /** The recent window the trend is fitted over: long enough to smooth a bad day, short enough to be current. */
    static final int TREND_DAYS = 42;

    private StrengthGoalLine() {
    }

    /** Whether {@code goal} is about {@code exercise}'s strength. */
    static boolean targets(Goal goal, ExerciseId exercise) {
        return goal instanceof StrengthGoal g && g.exercise().equals(exercise)
                || goal instanceof EstimatedMaxGoal e && e.exercise().equals(exercise);
    }

    /**
     * The goal as an estimated max in kilograms: an e1RM goal as it is; "140 kg × 5" as the max such a set implies
     * (Epley), so both kinds of goal can be drawn on the same chart. The goal's load is taken as the user reads it
     * (a 120 kg goal reads 265 lb), so the line sits where the goal text says.
     */
    static double targetKilograms(Goal goal, UnitPreferences units) {
        if (goal instanceof EstimatedMaxGoal e) {
            return units.loadable(e.oneRepMax()).kilograms();
        }
        StrengthGoal g = (StrengthGoal) goal;
        return OneRepMax.epley(units.loadable(g.load()), g.reps()).kilograms();
    }

    /** Draws the goal on {@code chart}; {@code estimates} are all sessions' e1RMs in display units. */
    static void draw(Chart.Builder chart, GoalRow goal, List<ChartPoint> estimates, LocalDate today,
            UnitPreferences units, String exerciseName) {
        double target = StrengthCharts.display(targetKilograms(goal.goal(), units), units);
        String targetText = number(target, units);
        String description = goal.goal().describe(units, id -> exerciseName);
        String guide = "Goal: " + description + " by " + Formats.date(goal.goalDate())
                + (goal.goal() instanceof StrengthGoal ? " (e1RM ≈ " + targetText + ")" : "");
        chart.mark(new Mark.Guide(target, guide, "goal"));
        if (goal.start().isAfter(today)) {
            chart.note(Tone.NEUTRAL, "Block \"" + goal.blockName() + "\" starts on " + Formats.date(goal.start())
                    + ": e1RM " + targetText + " by " + Formats.date(goal.goalDate()) + ".");
            return;
        }
        LocalDate end = goal.goalDate().isBefore(today) ? goal.goalDate() : today;
        Optional<ChartPoint> best = estimates.stream()
                .filter(p -> !p.date().isBefore(goal.start()) && !p.date().isAfter(end))
                .max(Comparator.comparingDouble(ChartPoint::value));
        if (best.isPresent() && best.get().value() >= target - 1e-9) {
            chart.note(Tone.GOOD, "Goal reached: e1RM " + number(best.get().value(), units) + " on "
                    + Formats.date(best.get().date()) + " (goal " + targetText + " by "
                    + Formats.date(goal.goalDate()) + ").");
            return;
        }
        if (goal.goalDate().isBefore(today)) {
            chart.note(Tone.BAD, "Block \"" + goal.blockName() + "\" ended on " + Formats.date(goal.goalDate())
                    + best.map(b -> ": best e1RM " + number(b.value(), units) + ", short of the goal " + targetText
                            + " by " + number(target - b.value(), units) + ".")
                            .orElse(" with no " + exerciseName + " sets logged in it."));
            return;
        }
        project(chart, goal, estimates, today, units, target);
    }

    private static void project(Chart.Builder chart, GoalRow goal, List<ChartPoint> estimates, LocalDate today,
            UnitPreferences units, double target) {
        Optional<Trend> fitted = Trend.fit(estimates, today.minusDays(TREND_DAYS - 1L), today);
        String goalDay = Formats.date(goal.goalDate());
        if (fitted.isEmpty()) {
            chart.note(Tone.NEUTRAL, "Too few sessions in the last 6 weeks to project a trend to " + goalDay + " ("
                    + Trend.MIN_POINTS + " over at least a week are needed).");
            return;
        }
        Trend trend = fitted.get();
        double projected = trend.at(goal.goalDate());
        String reach = "the trend of the last 6 weeks reaches " + number(projected, units) + " by " + goalDay
                + " (goal " + number(target, units) + ").";
        chart.series(new ChartSeries("Trend to goal date", "trend", ChartSeries.Style.DASHED, List.of(
                ChartPoint.of(trend.first(), trend.at(trend.first()), Formats.day(trend.first()) + "\nTrend "
                        + number(trend.at(trend.first()), units) + " (least squares over " + trend.points()
                        + " sessions)"),
                ChartPoint.of(goal.goalDate(), projected, Formats.day(goal.goalDate()) + "\nProjected "
                        + number(projected, units) + " on the goal date"))));
        chart.extendTo(goal.goalDate());
        if (projected >= target) {
            chart.note(Tone.GOOD, "On track: " + reach);
        } else {
            chart.note(Tone.BAD, "Behind by " + number(target - projected, units) + ": " + reach);
        }
    }

    /** "163.3 kg" from a value already in display units. */
    private static String number(double value, UnitPreferences units) {
        return UnitPreferences.number(value, 1) + " " + units.mass().symbol();
    }
}
