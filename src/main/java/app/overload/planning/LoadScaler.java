package app.overload.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.CurrentLevel;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.OneRepMax;

/**
 * Moves a template's loads from the template's reference lifter to this athlete. Each exercise gets a ratio, the
 * athlete's Epley max over the reference's (exercises without a level on both sides take the mean ratio of those
 * that have one), and an anchor, its starting load in the template. A load at or above the anchor keeps the
 * template's steps (100 → 102.5 kg becomes 80 → 82.5 kg for a ratio of 0.8), because linear progressions add
 * plates, not percentages; a lighter load (a deload, a back-off set) is scaled by the ratio. Training maxes start
 * at 90 % of the athlete's Epley max and keep the template's raises from cycle to cycle. Everything is rounded
 * down to what the athlete can load in their unit. The templates are written in kilograms; for an athlete in pounds
 * their steps and increments become the same plates in pounds (+2.5 kg is +5 lb, +5 kg is +10 lb), so a 5×5 climbs
 * 175, 180, 185 lb and not by 5.51 lb that rounding turns into an occasional 10 lb jump.
 */
final class LoadScaler {

    /** Share of the estimated max a 5/3/1-style training max starts at (TRAINING-RULES.md). */
    static final double TRAINING_MAX_SHARE = 0.9;
    /** The unit the shipped templates' loads and steps are written in. */
    static final MassUnit WRITTEN_IN = MassUnit.KG;

    private final UnitPreferences units;
    private final MassUnit unit;
    private final Map<ExerciseId, Mass> increments;
    private final Map<ExerciseId, Double> ratios = new HashMap<>();
    private final double overall;
    private final Map<ExerciseId, Mass> anchors = new HashMap<>();
    private final Map<ExerciseId, Mass> templateMax = new LinkedHashMap<>();
    private final Map<ExerciseId, Mass> athleteMax = new HashMap<>();

    LoadScaler(TrainingBlock template, List<CurrentLevel> athlete, UnitPreferences units,
            Map<ExerciseId, Mass> increments) {
        this.units = units;
        this.unit = units.mass();
        this.increments = increments;
        Map<ExerciseId, LiftLevel> reference = lifts(template.levels());
        Map<ExerciseId, LiftLevel> own = lifts(athlete);
        List<Double> known = new ArrayList<>();
        reference.forEach((exercise, ref) -> {
            LiftLevel mine = own.get(exercise);
            if (mine != null && !ref.load().isZero() && !mine.load().isZero()) {
                double ratio = max(mine).kilograms() / max(ref).kilograms();
                ratios.put(exercise, ratio);
                known.add(ratio);
            }
            anchors.put(exercise, ref.load());
        });
        overall = known.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        for (PlannedSession planned : inOrder(template)) {
            for (Prescription rx : planned.prescriptions()) {
                if (rx instanceof Prescription.Strength s) {
                    firstLoad(s).ifPresent(load -> anchors.putIfAbsent(s.exercise(), load));
                    if (s.rule() instanceof ProgressionRule.TrainingMax tm) {
                        templateMax.putIfAbsent(s.exercise(), tm.trainingMax());
                    }
                }
            }
        }
        templateMax.forEach((exercise, first) -> {
            LiftLevel mine = own.get(exercise);
            double kg = mine != null && !mine.load().isZero()
                    ? TRAINING_MAX_SHARE * max(mine).kilograms()
                    : first.kilograms() * ratio(exercise);
            athleteMax.put(exercise, PlateMath.down(kg, null, unit));
        });
    }

    static List<PlannedSession> inOrder(TrainingBlock block) {
        return block.plan().stream().sorted(Comparator.comparing(block::dateOf)).toList();
    }

    private static Map<ExerciseId, LiftLevel> lifts(List<CurrentLevel> levels) {
        Map<ExerciseId, LiftLevel> lifts = new LinkedHashMap<>();
        for (CurrentLevel level : levels) {
            if (level instanceof LiftLevel lift) {
                lifts.putIfAbsent(lift.exercise(), lift);
            }
        }
        return lifts;
    }

    private static Mass max(LiftLevel level) {
        return OneRepMax.epley(level.load(), level.reps());
    }

    private static Optional<Mass> firstLoad(Prescription.Strength rx) {
        return rx.sets().stream().filter(s -> s.kind().isWork()).map(PrescribedSet::load)
                .filter(LoadTarget.Fixed.class::isInstance).map(l -> ((LoadTarget.Fixed) l).load()).findFirst();
    }

    /** The athlete's strength relative to the template's lifter in this exercise. */
    double ratio(ExerciseId exercise) {
        return ratios.getOrDefault(exercise, overall);
    }

    /** A fixed load of {@code exercise} for this athlete. */
    Mass load(ExerciseId exercise, Mass templateLoad) {
        double ratio = ratio(exercise);
        Mass anchor = anchors.getOrDefault(exercise, templateLoad);
        double kg = templateLoad.kilograms() >= anchor.kilograms()
                ? anchor.kilograms() * ratio + samePlates(templateLoad.kilograms() - anchor.kilograms())
                : templateLoad.kilograms() * ratio;
        return PlateMath.down(kg, step(exercise), unit);
    }

    /** {@code kilograms} of the template's plates as the same plates in the athlete's unit, in kilograms. */
    private double samePlates(double kilograms) {
        return Mass.of(unit.samePlates(Mass.kilograms(Math.abs(kilograms)).in(WRITTEN_IN), WRITTEN_IN), unit)
                .kilograms() * Math.signum(kilograms);
    }

    /** The exercise's load step from the catalogue, in the athlete's plates. */
    private Mass step(ExerciseId exercise) {
        Mass increment = increments.get(exercise);
        return increment == null ? null : units.increment(increment);
    }

    /** A training max of {@code exercise}: the athlete's first one plus what the template has added since. */
    Mass trainingMax(ExerciseId exercise, Mass templateTrainingMax) {
        Mass first = templateMax.getOrDefault(exercise, templateTrainingMax);
        Mass start = athleteMax.getOrDefault(exercise, first);
        return PlateMath.down(start.kilograms() + samePlates(templateTrainingMax.kilograms() - first.kilograms()), null,
                unit);
    }

    Prescription.Strength scale(Prescription.Strength rx) {
        List<PrescribedSet> sets = new ArrayList<>();
        for (PrescribedSet set : rx.sets()) {
            LoadTarget target = set.load() instanceof LoadTarget.Fixed f
                    ? new LoadTarget.Fixed(load(rx.exercise(), f.load())) : set.load();
            sets.add(new PrescribedSet(set.reps(), set.kind(), target, set.rpeCap()));
        }
        return new Prescription.Strength(rx.exercise(), sets, rule(rx.exercise(), rx.rule()));
    }

    /** The rule with the athlete's training max or criterion, and its increment in the athlete's plates. */
    private ProgressionRule rule(ExerciseId exercise, ProgressionRule rule) {
        if (rule instanceof ProgressionRule.TrainingMax tm) {
            return new ProgressionRule.TrainingMax(trainingMax(exercise, tm.trainingMax()),
                    units.increment(tm.increment()));
        }
        if (rule instanceof ProgressionRule.ExerciseChain chain) {
            return new ProgressionRule.ExerciseChain(chain.next(), chain.sets(), chain.reps(),
                    load(exercise, chain.criterionLoad()), units.increment(chain.increment()));
        }
        if (rule instanceof ProgressionRule.Linear l) {
            return new ProgressionRule.Linear(units.increment(l.increment()), l.failuresBeforeDeload(),
                    l.deloadFraction());
        }
        if (rule instanceof ProgressionRule.DoubleProgression d) {
            return new ProgressionRule.DoubleProgression(d.minReps(), d.maxReps(), units.increment(d.increment()));
        }
        if (rule instanceof ProgressionRule.RpeBased r) {
            return new ProgressionRule.RpeBased(units.increment(r.roundingStep()));
        }
        return rule;
    }
}
