package app.overload.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;

import app.overload.domain.Checks;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.RaceLevel;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.OneRepMax;
import app.overload.progression.RunningFormulas;

/**
 * How close a block is to its goal: the best effort toward it so far, from the block's first day to today (or the
 * goal date), against the target. A lift goal compares Epley maxes (100 kg × 5 is 116.7 kg) and is met by a set of
 * at least the load and reps; an estimated-max goal takes each set's estimate (RPE table where logged, Epley
 * otherwise, sets of at most 12 reps); a race goal predicts the goal distance from each effort long enough to say
 * something (Riegel) and is met by covering the distance in the time. A measurable goal is not in the logbook.
 * Loads are judged as the athlete reads them: a set or an estimate meets a load goal when it reaches the goal's
 * load as their unit shows it ({@link UnitPreferences#reaches}), so 225 lb meets a 102.5 kg goal that reads 225 lb.
 *
 * @param start    where the block's current level put the athlete, or null without a level for the goal
 * @param best     the best effort so far, or null when nothing counts yet
 * @param fraction best over target, 0 to 1 (1 only when met); NaN when the goal is not measured
 * @param metOn    the first day the goal was met, or null
 */
public record GoalProgress(Goal goal, Best start, Best best, double fraction, LocalDate metOn) {

    /** Estimates from more reps than this say little about a max. */
    static final int MAX_REPS_FOR_ESTIMATE = 12;

    public GoalProgress {
        Checks.required(goal, "goal");
    }

    /** A best effort: a lift or a race. */
    public sealed interface Best permits LiftBest, RaceBest {
        /** The day it was done; null for the block's current level. */
        LocalDate date();
    }

    /** A set and the max it implies. */
    public record LiftBest(LocalDate date, Mass load, int reps, Mass estimate) implements Best {
    }

    /** An effort and the goal-distance time it predicts. */
    public record RaceBest(LocalDate date, Distance distance, Duration time, Duration predicted) implements Best {
    }

    public boolean met() {
        return metOn != null;
    }

    /** False for goals the logbook cannot measure (a measurable goal of any other kind). */
    public boolean measured() {
        return !Double.isNaN(fraction);
    }

    public OptionalInt percent() {
        return measured() ? OptionalInt.of((int) Math.floor(fraction * 100 + 1e-9)) : OptionalInt.empty();
    }

    public static GoalProgress of(TrainingBlock block, GoalEvidence evidence, LocalDate today, UnitPreferences units) {
        LocalDate until = today.isBefore(block.goalDate()) ? today : block.goalDate();
        GoalEvidence window = evidence.between(block.start(), until);
        Goal goal = block.goal();
        if (goal instanceof StrengthGoal g) {
            return lift(g, startLift(block, g.exercise(), false), window, units);
        }
        if (goal instanceof EstimatedMaxGoal g) {
            return estimatedMax(g, startLift(block, g.exercise(), true), window, units);
        }
        if (goal instanceof EnduranceGoal g) {
            return race(g, startRace(block, g), window);
        }
        return new GoalProgress(goal, null, null, Double.NaN, null);
    }

    private static GoalProgress lift(StrengthGoal goal, LiftBest start, GoalEvidence evidence, UnitPreferences units) {
        double target = OneRepMax.epley(units.loadable(goal.load()), goal.reps()).kilograms();
        LiftBest best = null;
        LocalDate metOn = null;
        for (GoalEvidence.LiftSet set : evidence.sets()) {
            if (!set.exercise().equals(goal.exercise()) || set.load().isZero()) {
                continue;
            }
            Mass estimate = OneRepMax.epley(set.load(), set.reps());
            if (best == null || estimate.kilograms() > best.estimate().kilograms() + 1e-9) {
                best = new LiftBest(set.date(), set.load(), set.reps(), estimate);
            }
            if (units.reaches(set.load(), goal.load()) && set.reps() >= goal.reps()
                    && (metOn == null || set.date().isBefore(metOn))) {
                metOn = set.date();
            }
        }
        return result(goal, start, best, best == null ? 0 : best.estimate().kilograms() / target, metOn);
    }

    private static GoalProgress estimatedMax(EstimatedMaxGoal goal, LiftBest start, GoalEvidence evidence,
            UnitPreferences units) {
        LiftBest best = null;
        LocalDate metOn = null;
        for (GoalEvidence.LiftSet set : evidence.sets()) {
            if (!set.exercise().equals(goal.exercise()) || set.load().isZero()
                    || set.reps() > MAX_REPS_FOR_ESTIMATE) {
                continue;
            }
            Mass estimate = OneRepMax.estimate(set.load(), set.reps(), set.rpe());
            if (best == null || estimate.kilograms() > best.estimate().kilograms() + 1e-9) {
                best = new LiftBest(set.date(), set.load(), set.reps(), estimate);
            }
            if (units.reaches(estimate, goal.oneRepMax()) && (metOn == null || set.date().isBefore(metOn))) {
                metOn = set.date();
            }
        }
        return result(goal, start, best,
                best == null ? 0 : best.estimate().kilograms() / units.loadable(goal.oneRepMax()).kilograms(), metOn);
    }

    /** Efforts shorter than this share of the goal distance (and than 1.5 km) predict it poorly. */
    static double shortestEffort(Distance goal) {
        return Math.min(goal.metres(), Math.max(1_500, goal.metres() / 4));
    }

    private static GoalProgress race(EnduranceGoal goal, RaceBest start, GoalEvidence evidence) {
        RaceBest best = null;
        LocalDate metOn = null;
        for (GoalEvidence.Effort effort : evidence.efforts()) {
            if (effort.modality() != goal.modality() || effort.distance().metres() < shortestEffort(goal.distance())) {
                continue;
            }
            Duration predicted = RunningFormulas.riegel(effort.distance(), effort.time(), goal.distance());
            if (best == null || predicted.compareTo(best.predicted()) < 0) {
                best = new RaceBest(effort.date(), effort.distance(), effort.time(), predicted);
            }
            boolean covered = effort.distance().metres() >= goal.distance().metres() * 0.99;
            if (covered && predicted.compareTo(goal.targetTime()) <= 0
                    && (metOn == null || effort.date().isBefore(metOn))) {
                metOn = effort.date();
            }
        }
        double fraction = best == null ? 0
                : goal.targetTime().toMillis() / (double) Math.max(1, best.predicted().toMillis());
        return result(goal, start, best, fraction, metOn);
    }

    private static GoalProgress result(Goal goal, Best start, Best best, double fraction, LocalDate metOn) {
        double capped = metOn != null ? 1 : Math.min(0.99, Math.max(0, fraction));
        return new GoalProgress(goal, start, best, capped, metOn);
    }

    private static LiftBest startLift(TrainingBlock block, ExerciseId exercise, boolean estimated) {
        for (CurrentLevel level : block.levels()) {
            if (level instanceof LiftLevel l && l.exercise().equals(exercise) && !l.load().isZero()) {
                Mass estimate = estimated && l.reps() > MAX_REPS_FOR_ESTIMATE ? l.load()
                        : OneRepMax.epley(l.load(), l.reps());
                return new LiftBest(null, l.load(), l.reps(), estimate);
            }
        }
        return null;
    }

    private static RaceBest startRace(TrainingBlock block, EnduranceGoal goal) {
        Optional<RaceLevel> race = block.levels().stream().filter(RaceLevel.class::isInstance)
                .map(RaceLevel.class::cast).filter(r -> r.modality() == goal.modality())
                .min(Comparator.comparing(r -> RunningFormulas.riegel(r.distance(), r.time(), goal.distance())));
        return race.map(r -> new RaceBest(null, r.distance(), r.time(),
                RunningFormulas.riegel(r.distance(), r.time(), goal.distance()))).orElse(null);
    }

    /** The modality the goal is measured in, if it is a race goal. */
    public Optional<Modality> modality() {
        return goal instanceof EnduranceGoal g ? Optional.of(g.modality()) : Optional.empty();
    }
}
