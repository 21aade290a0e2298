package app.overload.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.BlockId;
import app.overload.domain.CurrentLevel;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PlateMath;
import app.overload.domain.Prescription;
import app.overload.domain.RaceLevel;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.RunningFormulas;

/**
 * Turns a block template into the athlete's own block: fresh ids, the athlete's dates, name and goal, and loads and
 * paces moved from the template's reference level to the athlete's (see {@link LoadScaler} and
 * {@link PaceScaler}). A template keeps its length; a race template may be started up to a quarter of its weeks
 * late, dropping its first weeks, because the race date is what counts.
 */
public final class TemplateFiller {

    /** The share of a race template's weeks that may be dropped from its start. */
    static final double MAY_SHORTEN = 0.25;

    private TemplateFiller() {
    }

    /** The lengths the template can be filled for, in weeks. */
    public record Lengths(int shortest, int longest) {
        public boolean allows(int weeks) {
            return weeks >= shortest && weeks <= longest;
        }

        public boolean fixed() {
            return shortest == longest;
        }
    }

    public static Lengths lengths(TrainingBlock template) {
        if (template.goal() instanceof EnduranceGoal) {
            return new Lengths((int) Math.ceil(template.weeks() * (1 - MAY_SHORTEN)), template.weeks());
        }
        return new Lengths(template.weeks(), template.weeks());
    }

    /**
     * The athlete's block. Refuses a length the template does not allow, naming the "weeks" field; the block's own
     * checks name any other field.
     */
    public static TrainingBlock fill(TrainingBlock template, FillRequest request) {
        Lengths lengths = lengths(template);
        if (!lengths.allows(request.weeks())) {
            throw new InvalidValueException("weeks", lengths.fixed()
                    ? "This template runs " + template.weeks() + " weeks; it cannot be made longer or shorter."
                    : "This template runs " + lengths.shortest() + " to " + lengths.longest()
                            + " weeks (its first weeks can be left out); " + request.weeks() + " is outside that.");
        }
        int dropped = template.weeks() - request.weeks();
        LoadScaler loads = new LoadScaler(template, request.levels(), request.units(), request.increments());
        PaceScaler paces = new PaceScaler(template.levels(), request.levels(), request.goal(),
                request.units().distance());
        List<PlannedSession> plan = new ArrayList<>();
        for (PlannedSession planned : LoadScaler.inOrder(template)) {
            if (planned.week() <= dropped) {
                continue;
            }
            List<Prescription> prescriptions = new ArrayList<>();
            for (Prescription rx : planned.prescriptions()) {
                if (rx instanceof Prescription.Strength s) {
                    prescriptions.add(loads.scale(s));
                } else if (rx instanceof Prescription.Endurance e) {
                    prescriptions.add(paces.scale(e, planned.purpose()));
                } else {
                    prescriptions.add(rx);
                }
            }
            plan.add(new PlannedSession(PlannedSessionId.random(), planned.week() - dropped, planned.day(),
                    planned.purpose(), planned.title(), prescriptions, planned.notes()));
        }
        return new TrainingBlock(BlockId.random(), request.name(), request.goal(), request.start(),
                request.goalDate(), request.weeks(), phases(template.phases(), dropped),
                weeks(template.deloadWeeks(), dropped), weeks(template.taperWeeks(), dropped), request.levels(),
                plan, template.notes(), null);
    }

    private static List<Phase> phases(List<Phase> phases, int dropped) {
        List<Phase> kept = new ArrayList<>();
        for (Phase p : phases) {
            if (p.lastWeek() > dropped) {
                kept.add(new Phase(p.name(), Math.max(1, p.firstWeek() - dropped), p.lastWeek() - dropped));
            }
        }
        return kept;
    }

    private static List<Integer> weeks(List<Integer> weeks, int dropped) {
        return weeks.stream().filter(w -> w > dropped).map(w -> w - dropped).toList();
    }

    /**
     * The template's goal moved to the athlete's level, as a starting point they can change: a lift target keeps
     * the template's distance from its starting load, an estimated max scales with the athlete's max, and a race
     * time improves by the same share as the template's over its reference race (to the nearest minute). Without a
     * level, the template's goal as written.
     */
    public static Goal suggestedGoal(TrainingBlock template, List<CurrentLevel> levels, UnitPreferences units,
            Map<ExerciseId, Mass> increments) {
        Goal goal = template.goal();
        LoadScaler loads = new LoadScaler(template, levels, units, increments);
        if (goal instanceof StrengthGoal g) {
            return new StrengthGoal(g.exercise(), positive(loads.load(g.exercise(), g.load()), g.load()), g.reps());
        }
        if (goal instanceof EstimatedMaxGoal g) {
            Mass increment = increments.get(g.exercise());
            Mass scaled = PlateMath.down(g.oneRepMax().kilograms() * loads.ratio(g.exercise()),
                    increment == null ? null : units.increment(increment), units.mass());
            return new EstimatedMaxGoal(g.exercise(), positive(scaled, g.oneRepMax()));
        }
        if (goal instanceof EnduranceGoal g) {
            Optional<RaceLevel> ref = race(template.levels(), g);
            Optional<RaceLevel> mine = race(levels, g);
            if (ref.isEmpty() || mine.isEmpty()) {
                return g;
            }
            double improvement = g.targetTime().toMillis() / (double) RunningFormulas.riegel(ref.get().distance(),
                    ref.get().time(), g.distance()).toMillis();
            Duration predicted = RunningFormulas.riegel(mine.get().distance(), mine.get().time(), g.distance());
            long minutes = Math.max(1, Math.round(predicted.toMillis() * improvement / 60_000.0));
            return new EnduranceGoal(g.modality(), g.distance(), Duration.ofMinutes(minutes));
        }
        return goal;
    }

    private static Mass positive(Mass scaled, Mass fallback) {
        return scaled.isZero() ? fallback : scaled;
    }

    private static Optional<RaceLevel> race(List<CurrentLevel> levels, EnduranceGoal goal) {
        return levels.stream().filter(RaceLevel.class::isInstance).map(RaceLevel.class::cast)
                .filter(r -> r.modality() == goal.modality()).findFirst();
    }
}
