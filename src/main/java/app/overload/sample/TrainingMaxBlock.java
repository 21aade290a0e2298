package app.overload.sample;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.BodyRegion;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.SetKind;

/**
 * Three 5/3/1-style cycles of four weeks: percentages of a training max (90 % of 1RM), the last set of each
 * main lift as many reps as possible, the fourth week a deload, and the training max raised after each cycle.
 */
final class TrainingMaxBlock {

    static final int WEEKS = 12;
    /** Percent of TM and reps per week of the cycle (TRAINING-RULES.md). */
    private static final double[][] PERCENT = {{.65, .75, .85}, {.70, .80, .90}, {.75, .85, .95}, {.40, .50, .60}};
    private static final int[][] REPS = {{5, 5, 5}, {3, 3, 3}, {5, 3, 1}, {5, 5, 5}};
    private static final Map<DayOfWeek, String> MAIN = Map.of(MONDAY, "back-squat", TUESDAY, "bench-press",
            THURSDAY, "deadlift", FRIDAY, "overhead-press");
    private static final Map<DayOfWeek, String> ACCESSORY = Map.of(MONDAY, "hanging-leg-raise", TUESDAY, "chin-up",
            THURSDAY, "hanging-leg-raise", FRIDAY, "chin-up");
    private static final Map<DayOfWeek, String> SECOND = Map.of(MONDAY, "walking-lunge", TUESDAY, "dumbbell-row",
            THURSDAY, "hip-thrust", FRIDAY, "face-pull");
    private static final Map<DayOfWeek, String> TITLE = Map.of(MONDAY, "Squat day", TUESDAY, "Bench day",
            THURSDAY, "Deadlift day", FRIDAY, "Press day");
    private static final List<DayOfWeek> ORDER = List.of(MONDAY, TUESDAY, THURSDAY, FRIDAY);

    private final SampleContext context;
    private final Lifting lifting;
    private final Map<ExerciseId, Mass> trainingMax = new HashMap<>();

    TrainingMaxBlock(SampleContext context) {
        this.context = context;
        this.lifting = new Lifting(context);
    }

    void build(LocalDate start) {
        Athlete athlete = context.athlete;
        BlockDraft block = new BlockDraft(context, "5/3/1 cycles " + Names.monthYear(start), start, WEEKS);
        block.deloadWeeks.addAll(List.of(4, 8, 12));
        for (int cycle = 0; cycle < 3; cycle++) {
            block.phases.add(new Phase("Cycle " + (cycle + 1), cycle * 4 + 1, cycle * 4 + 4));
        }
        for (String key : MAIN.values()) {
            ExerciseId lift = ExerciseId.of(key);
            trainingMax.put(lift, Athlete.plates(athlete.oneRepMax(lift) * 0.9));
            block.levels.add(new LiftLevel(lift, 1, 5, Athlete.plates(athlete.fiveRepMax(lift))));
        }
        ExerciseId deadlift = ExerciseId.of("deadlift");
        Mass goal = Athlete.plates(athlete.oneRepMax(deadlift) * 1.06);
        for (int week = 1; week <= WEEKS; week++) {
            int inCycle = (week - 1) % 4;
            boolean deload = inCycle == 3;
            for (DayOfWeek day : ORDER) {
                ExerciseId lift = ExerciseId.of(MAIN.get(day));
                ProgressionRule rule = new ProgressionRule.TrainingMax(trainingMax.get(lift), increment(lift));
                List<PrescribedSet> sets = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    boolean last = i == 2 && !deload;
                    sets.add(new PrescribedSet(REPS[inCycle][i], last ? SetKind.AMRAP : SetKind.WORKING,
                            new LoadTarget.PercentOfTrainingMax(PERCENT[inCycle][i]), null));
                }
                List<Prescription> rx = new ArrayList<>();
                rx.add(new Prescription.Strength(lift, sets, rule));
                if (!deload) {
                    // "First set last" 5 × 5, then "boring but big" 5 × 10: the supplemental work of 5/3/1.
                    rx.add(new Prescription.Strength(lift, Collections.nCopies(5, new PrescribedSet(5,
                            SetKind.WORKING, new LoadTarget.PercentOfTrainingMax(PERCENT[inCycle][0]), null)), rule));
                    rx.add(new Prescription.Strength(lift, Collections.nCopies(5, new PrescribedSet(10,
                            SetKind.WORKING, new LoadTarget.PercentOfTrainingMax(0.5), null)), rule));
                }
                rx.add(Prescription.Strength.sets(ExerciseId.of(ACCESSORY.get(day)), 3, 10, Mass.ZERO,
                        new ProgressionRule.DoubleProgression(8, 15, Mass.kilograms(2.5))));
                ExerciseId second = ExerciseId.of(SECOND.get(day));
                rx.add(Prescription.Strength.sets(second, 4, 12, Athlete.plates(athlete.oneRepMax(second) * 0.55),
                        new ProgressionRule.DoubleProgression(10, 15, Mass.kilograms(2.5))));
                PlannedSession planned = block.plan(week, day, deload ? Purpose.DELOAD : Purpose.HEAVY_STRENGTH,
                        TITLE.get(day), rx);
                LocalDate date = block.dateOf(week, day);
                if (context.loggable(date) && !context.dice.chance(0.05)) {
                    lifting.session(block, planned, date, deload ? 5 : 8);
                    athlete.adapt(lift, deload ? 0 : 0.006 * Names.experience(context));
                }
                if (inCycle == 3) {
                    trainingMax.put(lift, trainingMax.get(lift).plus(increment(lift)));
                }
            }
        }
        block.finish(new EstimatedMaxGoal(deadlift, goal), "Raise the training max after every cycle.");
    }

    private static Mass increment(ExerciseId lift) {
        BodyRegion region = lift.value().equals("bench-press") || lift.value().equals("overhead-press")
                ? BodyRegion.UPPER : BodyRegion.LOWER;
        return Mass.kilograms(region == BodyRegion.UPPER ? 2.5 : 5);
    }
}
