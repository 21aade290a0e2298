package app.overload.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import app.overload.analysis.RacePrediction;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.progression.OneRepMax;
import app.overload.progression.RunningFormulas;
import app.overload.progression.TrainingHistory;

/**
 * Works out a block's {@link GoalOutlook} (docs/replan.md, "The goal's outlook").
 *
 * <p>Each goal is measured on one scale where more is better: a lift's estimated one-rep max (Epley, or the RPE
 * table where RPE was logged; the best set of each day, sets of at most 12 reps), a run's VDOT (Daniels), another
 * sport's speed over the goal distance (Riegel). The points are the last eight weeks of efforts: for a lift every
 * day it was trained, for a run only races and hard efforts (session RPE 8 or more), since an easy run says nothing
 * about race pace; the block's current level counts on its first day when that falls in those weeks.
 *
 * <p>With three points or more over a week or more, a straight line is fitted (least squares) and carried to the goal
 * date; the spread is the line's prediction interval there (the points' scatter about it, widened the further the
 * date is from them). With fewer, nothing is assumed to change: the best point stands, with a spread of 5 % for a
 * lift and 3 % for an endurance goal. The spread never goes below 2.5 % (lift) or 1.5 % (endurance) of the result, so
 * three points on a line do not promise a certainty nobody has. A lift is also held to what the rest of the plan
 * builds to: the estimated max of its heaviest prescribed set still to come (or where the lifter is now, if more).
 *
 * <p>The expected result is the line's value on the goal date; low and high are the ends of an 80 % range (1.28
 * spreads either side); the chance is that of a normal spread around the expected result reaching the target.
 */
public final class Outlooks {

    static final int WINDOW_DAYS = 56;
    static final double RANGE_Z = 1.2816;
    static final double LIFT_FLOOR = 0.025;
    static final double LIFT_FLAT = 0.05;
    static final double ENDURANCE_FLOOR = 0.015;
    static final double ENDURANCE_FLAT = 0.03;
    static final int MAX_REPS = 12;
    static final double HARD_RPE = 8;
    static final double SHORTEST_METRES = 1_500;
    static final Duration SHORTEST_TIME = Duration.ofMinutes(5);

    private Outlooks() {
    }

    /** One effort on the goal's scale. */
    record Point(LocalDate date, double value) {
    }

    /**
     * @param block   the block, with the plan to judge by (as stored, or as re-planned)
     * @param history the logged history: the goal's exercise, and eight weeks of endurance entries
     * @param today   efforts up to and including this day count; sessions after it are the plan
     */
    public static GoalOutlook of(TrainingBlock block, TrainingHistory history, LocalDate today,
            UnitPreferences units) {
        Goal goal = block.goal();
        LocalDate on = block.goalDate();
        LocalDate from = today.minusDays(WINDOW_DAYS - 1);
        if (goal instanceof StrengthGoal || goal instanceof EstimatedMaxGoal) {
            ExerciseId exercise = goal instanceof StrengthGoal g ? g.exercise() : ((EstimatedMaxGoal) goal).exercise();
            List<Point> points = liftPoints(history, exercise, from, today);
            Double level = null;
            for (CurrentLevel l : block.levels()) {
                if (l instanceof LiftLevel lift && lift.exercise().equals(exercise)) {
                    level = OneRepMax.epley(lift.load(), lift.reps()).kilograms();
                }
            }
            if (level != null && !block.start().isBefore(from) && !block.start().isAfter(today)
                    && points.stream().noneMatch(p -> !p.date().isAfter(block.start()))) {
                points.add(0, new Point(block.start(), level));
            }
            if (points.isEmpty() && level == null) {
                return GoalOutlook.unknown(goal, on, "No sets of the goal's lift in the last 8 weeks and no "
                        + "current level for it: nothing to draw an outlook from yet.");
            }
            double peak = planPeak(block, exercise, today);
            Estimate e = estimate(points, level, today, on, LIFT_FLOOR, LIFT_FLAT);
            double expected = e.value;
            boolean capped = false;
            if (!Double.isNaN(peak) && expected > Math.max(peak, e.now)) {
                expected = Math.max(peak, e.now);
                capped = true;
            }
            double sigma = Math.max(e.sigma, expected * LIFT_FLOOR);
            double target = goalScale(goal);
            String basis = e.basis(true, units.formatEstimate(Mass.kilograms(Math.abs(e.slopePerWeek)))
                    + " of e1RM") + (capped ? ", held to what the plan builds to (e1RM "
                    + units.formatEstimate(Mass.kilograms(expected)) + ")" : "") + ".";
            return outlook(goal, on, expected, sigma, target, basis);
        }
        if (goal instanceof EnduranceGoal g) {
            List<Point> points = effortPoints(history, g, from, today);
            Double level = null;
            for (CurrentLevel l : block.levels()) {
                if (l instanceof RaceLevel race && race.modality() == g.modality()) {
                    level = scale(g, race.distance(), race.time());
                }
            }
            if (level != null && !block.start().isBefore(from) && !block.start().isAfter(today)) {
                points.add(0, new Point(block.start(), level));
            }
            if (points.isEmpty() && level == null) {
                return GoalOutlook.unknown(goal, on, "No race or hard effort (session RPE 8 or more) of "
                        + SHORTEST_METRES / 1000 + " km or longer in the last 8 weeks and no race level: nothing to "
                        + "draw an outlook from yet.");
            }
            Estimate e = estimate(points, level, today, on, ENDURANCE_FLOOR, ENDURANCE_FLAT);
            double sigma = Math.max(e.sigma, e.value * ENDURANCE_FLOOR);
            return outlook(goal, on, e.value, sigma, goalScale(goal), e.basis(false, g.modality() == Modality.RUN
                    ? UnitPreferences.number(Math.abs(e.slopePerWeek), 2) + " of VDOT"
                    : UnitPreferences.number(Math.abs(e.slopePerWeek) * 3.6, 2) + " km/h of speed") + ".");
        }
        return GoalOutlook.unknown(goal, on, "The logbook cannot measure this goal, so it has no outlook.");
    }

    /** The figures in the goal's terms from an expected value and spread on the goal's scale. */
    private static GoalOutlook outlook(Goal goal, LocalDate on, double expected, double sigma, double target,
            String basis) {
        double worse = Math.max(expected - RANGE_Z * sigma, expected * 0.05);
        double better = expected + RANGE_Z * sigma;
        double chance = phi((expected - target) / sigma);
        double a = fromScale(goal, worse);
        double b = fromScale(goal, better);
        return new GoalOutlook(goal, on, Math.min(a, b), fromScale(goal, expected), Math.max(a, b),
                GoalOutlook.target(goal), chance, basis, "");
    }

    /** The goal's target on its scale: an e1RM in kilograms, a VDOT, or a speed in metres per second. */
    static double goalScale(Goal goal) {
        if (goal instanceof StrengthGoal g) {
            return OneRepMax.epley(g.load(), g.reps()).kilograms();
        }
        if (goal instanceof EstimatedMaxGoal g) {
            return g.oneRepMax().kilograms();
        }
        EnduranceGoal g = (EnduranceGoal) goal;
        return scale(g, g.distance(), g.targetTime());
    }

    /** An effort on the goal's scale: VDOT for a run, else the speed Riegel predicts over the goal distance. */
    static double scale(EnduranceGoal goal, Distance distance, Duration time) {
        if (goal.modality() == Modality.RUN) {
            return RunningFormulas.vdot(distance, time);
        }
        Duration predicted = RunningFormulas.riegel(distance, time, goal.distance());
        return goal.distance().metres() / (predicted.toMillis() / 1000.0);
    }

    private static double fromScale(Goal goal, double value) {
        if (goal instanceof StrengthGoal g) {
            return g.reps() == 1 ? value : value / (1 + g.reps() / 30.0);
        }
        if (goal instanceof EstimatedMaxGoal) {
            return value;
        }
        EnduranceGoal g = (EnduranceGoal) goal;
        if (g.modality() == Modality.RUN) {
            return RacePrediction.vdotTime(value, g.distance()).toMillis() / 1000.0;
        }
        return g.distance().metres() / value;
    }

    /** The best estimated max of each day the lift was trained in the window. */
    private static List<Point> liftPoints(TrainingHistory history, ExerciseId exercise, LocalDate from,
            LocalDate today) {
        TreeMap<LocalDate, Double> best = new TreeMap<>();
        for (TrainingHistory.Logged<StrengthEntry> l : history.strength(Set.of(exercise),
                today.plusDays(1))) {
            if (l.date().isBefore(from)) {
                continue;
            }
            for (StrengthSet s : l.entry().workSets()) {
                if (!s.failed() && s.reps() >= 1 && s.reps() <= MAX_REPS && !s.load().isZero()) {
                    double estimate = OneRepMax.estimate(s.load(), s.reps(), s.rpe()).kilograms();
                    best.merge(l.date(), estimate, Math::max);
                }
            }
        }
        List<Point> points = new ArrayList<>();
        best.forEach((d, v) -> points.add(new Point(d, v)));
        return points;
    }

    /** The best race or hard effort of each day in the window, on the goal's scale. */
    private static List<Point> effortPoints(TrainingHistory history, EnduranceGoal goal, LocalDate from,
            LocalDate today) {
        TreeMap<LocalDate, Double> best = new TreeMap<>();
        for (TrainingHistory.Logged<EnduranceEntry> l : history.endurance(goal.modality(), from, today.plusDays(1))) {
            EnduranceEntry e = l.entry();
            Session s = l.session();
            boolean race = s instanceof TrainingSession t && t.purpose() == Purpose.RACE;
            boolean hard = s.rpe() != null && s.rpe().value() >= HARD_RPE;
            if ((race || hard) && e.intervals().isEmpty() && e.distance() != null
                    && e.distance().metres() >= SHORTEST_METRES && e.duration().compareTo(SHORTEST_TIME) >= 0) {
                double value = scale(goal, e.distance(), e.duration());
                if (Double.isFinite(value) && value > 0) {
                    best.merge(l.date(), value, Math::max);
                }
            }
        }
        List<Point> points = new ArrayList<>();
        best.forEach((d, v) -> points.add(new Point(d, v)));
        return points;
    }

    /** The estimated max of the heaviest set of the lift still to come in the plan; NaN when none is prescribed. */
    static double planPeak(TrainingBlock block, ExerciseId exercise, LocalDate today) {
        double peak = Double.NaN;
        for (PlannedSession p : block.plan()) {
            LocalDate day = block.dateOf(p);
            if (!day.isAfter(today) || day.isAfter(block.goalDate())) {
                continue;
            }
            for (Prescription rx : p.prescriptions()) {
                if (rx instanceof Prescription.Strength s && s.exercise().equals(exercise)) {
                    for (PrescribedSet set : s.sets()) {
                        Mass load = PrescribedLoads.of(set, s.rule(), MassUnit.KG);
                        if (set.kind().isWork() && load != null && !load.isZero() && set.reps() <= MAX_REPS) {
                            double e1rm = OneRepMax.epley(load, set.reps()).kilograms();
                            peak = Double.isNaN(peak) ? e1rm : Math.max(peak, e1rm);
                        }
                    }
                }
            }
        }
        return peak;
    }

    /** Where the points lead on the goal date: the value there, the value today, the spread, and how. */
    private record Estimate(double value, double now, double sigma, int points, double slopePerWeek,
            boolean trend, boolean levelOnly) {

        /** How the figures were found; {@code slope} is the trend a week in words ("1.2 kg of e1RM"). */
        String basis(boolean lift, String slope) {
            String what = lift ? (points == 1 ? "session" : "sessions") : (points == 1 ? "race or hard effort"
                    : "races and hard efforts");
            if (levelOnly) {
                return "Nothing logged toward it in the last 8 weeks: the block's current level, with no change "
                        + "assumed";
            }
            if (!trend) {
                return "Too few " + (lift ? "sessions" : "races and hard efforts") + " in the last 8 weeks for a "
                        + "trend (" + points + "): the best of them, with no change assumed";
            }
            return "Trend of " + points + " " + what + " in the last 8 weeks: " + (slopePerWeek >= 0 ? "+" : "−")
                    + slope + " a week, carried to the goal date";
        }
    }

    private static Estimate estimate(List<Point> points, Double level, LocalDate today, LocalDate on, double floor,
            double flat) {
        double ahead = GoalOutlook.daysLeft(today, on);
        if (points.isEmpty()) {
            return new Estimate(level, level, level * flat, 0, 0, false, true);
        }
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        if (points.size() < 3 || ChronoUnit.DAYS.between(first, last) < 7) {
            double best = points.stream().mapToDouble(Point::value).max().orElseThrow();
            return new Estimate(best, best, best * flat, points.size(), 0, false, false);
        }
        int n = points.size();
        double meanX = 0;
        double meanY = 0;
        for (Point p : points) {
            meanX += ChronoUnit.DAYS.between(today, p.date());
            meanY += p.value();
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = ChronoUnit.DAYS.between(today, p.date()) - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value() - meanY);
        }
        double slope = sxy / sxx;
        double atToday = meanY - slope * meanX;
        double sse = 0;
        for (Point p : points) {
            double fitted = atToday + slope * ChronoUnit.DAYS.between(today, p.date());
            sse += (p.value() - fitted) * (p.value() - fitted);
        }
        double s = Math.sqrt(sse / (n - 2));
        double value = atToday + slope * ahead;
        double sigma = s * Math.sqrt(1 + 1.0 / n + (ahead - meanX) * (ahead - meanX) / sxx);
        return new Estimate(value, atToday, Math.max(sigma, Math.abs(value) * floor), n, slope * 7, true, false);
    }

    /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error under 1.5e-7). */
    static double phi(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                + 0.254829592) * t * Math.exp(-x * x);
        return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}
