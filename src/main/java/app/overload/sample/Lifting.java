package app.overload.sample;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.overload.domain.ActivityEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;

/** Turns a strength prescription into the sets the athlete actually manages on the day. */
final class Lifting {

    /** What happened to one prescription: the logged entry and whether every set hit its reps. */
    record Result(StrengthEntry entry, boolean success, int fewestReps) {
    }

    private final SampleContext context;

    Lifting(SampleContext context) {
        this.context = context;
    }

    /**
     * @param form      the day's form, a factor around 1 on what the athlete can lift
     * @param hurried   short rests between heavy sets (the habit the app flags)
     * @param logRpe    whether the athlete noted RPE on the last work set
     */
    Result perform(Prescription.Strength rx, double form, boolean hurried, boolean logRpe, boolean warmUp) {
        Dice dice = context.dice;
        Athlete athlete = context.athlete;
        ExerciseId exercise = rx.exercise();
        List<StrengthSet> sets = new ArrayList<>();
        double top = rx.sets().stream().mapToDouble(s -> load(s, rx.rule()).kilograms()).max().orElse(0);
        if (warmUp) {
            warmUps(exercise, top, sets);
        }
        boolean success = true;
        int fewest = Integer.MAX_VALUE;
        double fatigue = 0;
        for (int i = 0; i < rx.sets().size(); i++) {
            PrescribedSet p = rx.sets().get(i);
            Mass load = load(p, rx.rule());
            boolean heavy = p.reps() <= 6 && load.kilograms() >= 0.75 * athlete.oneRepMax(exercise);
            int rest = heavy ? (hurried ? dice.between(70, 110) : dice.between(150, 280)) : dice.between(60, 120);
            int possible = (int) Math.floor(athlete.repsAt(exercise, load.kilograms() / form, 0) - fatigue);
            fatigue += heavy ? 0.15 : 0.08;
            int reps;
            boolean failed = possible < p.reps();
            if (failed) {
                reps = Math.max(0, possible);
            } else {
                reps = p.kind() == SetKind.AMRAP ? Math.max(possible - dice.between(0, 1), p.reps()) : p.reps();
            }
            success &= !failed;
            fewest = Math.min(fewest, reps);
            Rpe rpe = null;
            boolean last = i == rx.sets().size() - 1;
            if (logRpe && last) {
                double reserve = Math.max(0, possible - reps);
                rpe = Rpe.of(Math.max(6, 10 - Math.min(4, Math.round(reserve * 2) / 2.0)));
            }
            SetKind kind = p.kind() == SetKind.AMRAP ? SetKind.AMRAP : SetKind.WORKING;
            sets.add(new StrengthSet(reps, load, rpe, sets.isEmpty() ? null : Duration.ofSeconds(rest), kind, failed));
        }
        return new Result(new StrengthEntry(exercise, sets), success, fewest);
    }

    /** The load of a prescribed set in kilograms, resolving %TM against the rule's training max. */
    static Mass load(PrescribedSet set, ProgressionRule rule) {
        if (set.load() instanceof LoadTarget.Fixed f) {
            return f.load();
        }
        if (set.load() instanceof LoadTarget.PercentOfTrainingMax p && rule instanceof ProgressionRule.TrainingMax tm) {
            return Athlete.plates(tm.trainingMax().kilograms() * p.fraction());
        }
        return Mass.ZERO;
    }

    /** The usual ramp: the empty bar twice, then about 40, 55, 70 and 85 % of the top set. */
    private void warmUps(ExerciseId exercise, double top, List<StrengthSet> sets) {
        if (top < 40) {
            return;
        }
        double bar = 20;
        if (!exercise.value().equals("deadlift")) {
            sets.add(warmUp(5, bar, 0));
            sets.add(warmUp(5, bar, 45));
        }
        int[] reps = {5, 3, 2, 1};
        double[] share = {0.4, 0.55, 0.7, 0.85};
        for (int i = 0; i < share.length; i++) {
            double kg = Athlete.plates(top * share[i]).kilograms();
            if (kg > bar && kg < top) {
                sets.add(warmUp(reps[i], kg, sets.isEmpty() ? 0 : context.dice.between(50, 100)));
            }
        }
    }

    private static StrengthSet warmUp(int reps, double kg, int restSeconds) {
        return new StrengthSet(reps, Mass.kilograms(kg), null, restSeconds == 0 ? null : Duration.ofSeconds(restSeconds),
                SetKind.WARM_UP, false);
    }

    /**
     * Performs every strength prescription of a planned session and logs it as a training session; returns the
     * result per prescription, in order.
     */
    List<Result> session(BlockDraft block, PlannedSession planned, LocalDate day, double baseRpe) {
        Dice dice = context.dice;
        double form = dice.around(1, 0.03);
        boolean hurried = dice.chance(0.08);
        boolean logRpe = dice.chance(0.35);
        List<Result> results = new ArrayList<>();
        List<ActivityEntry> entries = new ArrayList<>();
        double seconds = 10 * 60;
        Set<ExerciseId> warm = new HashSet<>();
        for (Prescription rx : planned.prescriptions()) {
            Prescription.Strength strength = (Prescription.Strength) rx;
            Result r = perform(strength, form, hurried, logRpe, warm.add(strength.exercise()));
            results.add(r);
            entries.add(r.entry());
            seconds += r.entry().duration().toSeconds() + r.entry().sets().size() * 40;
        }
        boolean struggled = results.stream().anyMatch(r -> !r.success());
        context.logTraining(block, planned, day, Duration.ofMinutes(Math.round(seconds / 60)),
                baseRpe + (struggled ? 1 : 0) + dice.between(-0.5, 0.5), entries);
        return results;
    }
}
