package app.overload.planning;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.overload.domain.CurrentLevel;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.LiftLevel;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.RaceLevel;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.OneRepMax;
import app.overload.progression.RunningFormulas;

/**
 * What is allowed but worth a second look before a block is saved: a goal the current level already meets, a
 * plan without sessions, a goal the plan never trains, and another block that trains the same exercise or sport
 * in the same weeks. Errors are the domain's; these are only warnings.
 */
public final class BlockWarnings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private BlockWarnings() {
    }

    public static List<String> check(TrainingBlock block, Collection<TrainingBlock> others, UnitPreferences units,
            ExerciseNames names) {
        List<String> warnings = new ArrayList<>();
        alreadyMet(block, units, names).ifPresent(warnings::add);
        if (block.plan().isEmpty()) {
            warnings.add("The plan has no sessions yet: add them in the plan editor, or the block has nothing to "
                    + "compare what you log with.");
        } else {
            goalExercise(block).filter(x -> !trainsExercise(block, x)).ifPresent(x -> warnings.add(
                    "The plan never trains " + names.nameOf(x).toLowerCase(Locale.ROOT) + ", the goal's exercise."));
        }
        for (TrainingBlock other : others) {
            if (other.id().equals(block.id()) || block.start().isAfter(other.goalDate())
                    || other.start().isAfter(block.goalDate())) {
                continue;
            }
            Set<String> shared = new LinkedHashSet<>(trains(block, names));
            shared.retainAll(trains(other, names));
            if (!shared.isEmpty()) {
                warnings.add("\"" + other.name() + "\" (" + DAY.format(other.start()) + " to "
                        + DAY.format(other.goalDate()) + ") also trains " + String.join(", ", shared)
                        + " in these weeks. Both can run at once; a session counts toward the block it is logged in.");
            }
        }
        return warnings;
    }

    private static Optional<ExerciseId> goalExercise(TrainingBlock block) {
        if (block.goal() instanceof StrengthGoal g) {
            return Optional.of(g.exercise());
        }
        return block.goal() instanceof EstimatedMaxGoal g ? Optional.of(g.exercise())
                : Optional.empty();
    }

    private static boolean trainsExercise(TrainingBlock block, ExerciseId exercise) {
        return block.plan().stream().flatMap(p -> p.prescriptions().stream()).anyMatch(rx ->
                rx instanceof Prescription.Strength s && s.exercise().equals(exercise)
                        || rx.rule() instanceof ProgressionRule.ExerciseChain c
                                && c.next().equals(exercise));
    }

    /** The exercises the plan prescribes and the endurance sports it plans, by name in lower case. */
    static Set<String> trains(TrainingBlock block, ExerciseNames names) {
        Set<String> what = new LinkedHashSet<>();
        goalExercise(block).ifPresent(x -> what.add(names.nameOf(x).toLowerCase(Locale.ROOT)));
        if (block.goal() instanceof EnduranceGoal g) {
            what.add(sport(g.modality()));
        }
        for (PlannedSession planned : block.plan()) {
            for (Prescription rx : planned.prescriptions()) {
                if (rx instanceof Prescription.Strength s) {
                    what.add(names.nameOf(s.exercise()).toLowerCase(Locale.ROOT));
                } else if (rx instanceof Prescription.Endurance e) {
                    what.add(sport(e.modality()));
                }
            }
        }
        return what;
    }

    private static String sport(Modality modality) {
        return switch (modality) {
            case RUN -> "running";
            case WALK -> "walking";
            case RIDE -> "cycling";
            case ROW -> "rowing";
            case SWIM -> "swimming";
            default -> modality.label().toLowerCase(Locale.ROOT);
        };
    }

    private static Optional<String> alreadyMet(TrainingBlock block, UnitPreferences units,
            ExerciseNames names) {
        for (CurrentLevel level : block.levels()) {
            if (level instanceof LiftLevel l && block.goal() instanceof StrengthGoal g
                    && l.exercise().equals(g.exercise()) && units.reaches(l.load(), g.load()) && l.reps() >= g.reps()) {
                return Optional.of(met(units.format(l.load()) + " × " + l.reps(), g.describe(units, names)));
            }
            if (level instanceof LiftLevel l && block.goal() instanceof EstimatedMaxGoal g
                    && l.exercise().equals(g.exercise()) && !l.load().isZero()
                    && units.reaches(OneRepMax.epley(l.load(), l.reps()), g.oneRepMax())) {
                return Optional.of(met(units.format(l.load()) + " × " + l.reps() + " (e1RM "
                        + units.format(OneRepMax.epley(l.load(), l.reps())) + ")", g.describe(units, names)));
            }
            if (level instanceof RaceLevel r && block.goal() instanceof EnduranceGoal g
                    && r.modality() == g.modality()
                    && RunningFormulas.riegel(r.distance(), r.time(), g.distance()).compareTo(g.targetTime()) <= 0) {
                return Optional.of(met(units.format(r.distance()) + " in "
                        + Durations.clock(r.time()), g.describe(units, names)));
            }
        }
        return Optional.empty();
    }

    private static String met(String level, String goal) {
        return "Your current level (" + level + ") already meets the goal (" + goal + "). Aim higher, or keep it "
                + "if the block is meant to hold what you have.";
    }
}
