package app.overload.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Goal;
import app.overload.domain.Mass;
import app.overload.domain.PrescriptionText;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;

/** Goal progress written for people, in their units: "Best 92.5 kg × 5 on 20 Nov (e1RM 107.9 kg)". */
public final class GoalText {

    private final UnitPreferences units;
    private final ExerciseNames names;

    public GoalText(UnitPreferences units, ExerciseNames names) {
        this.units = units;
        this.names = names;
    }

    public UnitPreferences units() {
        return units;
    }

    public String target(Goal goal) {
        return goal.describe(units, names);
    }

    static String day(LocalDate date) {
        return PrescriptionText.dates(List.of(date));
    }

    /**
     * The effort with its day: "92.5 kg × 5 on 30 Oct (e1RM 107.9 kg)", "e1RM 123.3 kg from 100 kg × 7 on 3 Sep",
     * "9.7 km in 41:30 on 5 Nov, which predicts 1:35:02". A current level has no day.
     */
    public String effort(Goal goal, GoalProgress.Best best) {
        String on = best.date() == null ? "" : " on " + day(best.date());
        if (best instanceof GoalProgress.LiftBest lift) {
            String set = units.format(lift.load()) + " × " + lift.reps();
            String estimate = estimate(lift.estimate());
            if (goal instanceof EstimatedMaxGoal) {
                return "e1RM " + estimate + " from " + set + on;
            }
            return set + on + (lift.reps() == ((StrengthGoal) goal).reps() ? "" : " (e1RM " + estimate + ")");
        }
        GoalProgress.RaceBest race = (GoalProgress.RaceBest) best;
        String done = units.format(race.distance()) + " in " + Durations.clock(race.time()) + on;
        EnduranceGoal g = (EnduranceGoal) goal;
        boolean sameDistance = Math.abs(race.distance().metres() - g.distance().metres())
                <= g.distance().metres() * 0.01;
        return sameDistance ? done : done + ", which predicts " + Durations.clock(race.predicted());
    }

    /** An estimated max to a tenth: "107.9 kg". */
    public String estimate(Mass mass) {
        return units.formatEstimate(mass);
    }

    /** "Best 92.5 kg × 5 on 30 Oct · 92 % of the target", "Goal met on 3 Dec · best …", or what is missing. */
    public String line(GoalProgress progress) {
        if (!progress.measured()) {
            return "The logbook cannot measure this goal: record the result when you archive the block.";
        }
        if (progress.best() == null) {
            return "Nothing logged toward it yet" + (progress.goal() instanceof EnduranceGoal g
                    ? " (efforts count from " + units.format(Distance.metres(GoalProgress.shortestEffort(g.distance())))
                            + ")." : ".");
        }
        String best = effort(progress.goal(), progress.best());
        return progress.met() ? "Goal met on " + day(progress.metOn()) + " · best " + best
                : "Best " + best + " · " + progress.percent().getAsInt() + " % of the target";
    }

    /** "At the start: 80 kg × 5 (e1RM 93.3 kg)", or empty without a level for the goal. */
    public String start(GoalProgress progress) {
        return progress.start() == null ? "" : "At the start: " + effort(progress.goal(), progress.start());
    }

    /** A difference of times: "3:10". */
    static String clock(Duration duration) {
        return Durations.clock(duration.abs());
    }
}
