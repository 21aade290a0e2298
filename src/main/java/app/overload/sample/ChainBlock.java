package app.overload.sample;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthGoal;

/**
 * A fourteen-week comeback that climbs movement chains from the most remedial to the full lift: split squat →
 * goblet squat → back squat, kettlebell deadlift → Romanian deadlift → deadlift, and dumbbell to barbell presses
 * and rows. Each step moves on once its criterion (sets × reps at a load) is met.
 */
final class ChainBlock {

    static final int WEEKS = 14;

    /** A step of a chain: its criterion, the next exercise, and the load step while climbing. */
    private record Step(String next, int sets, int reps, double criterionKg, double incrementKg) {
    }

    private static final Map<String, Step> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("split-squat", new Step("goblet-squat", 3, 10, 24, 2));
        STEPS.put("goblet-squat", new Step("back-squat", 3, 10, 32, 2));
        STEPS.put("kettlebell-deadlift", new Step("romanian-deadlift", 3, 10, 32, 4));
        STEPS.put("romanian-deadlift", new Step("deadlift", 3, 8, 70, 2.5));
        STEPS.put("dumbbell-shoulder-press", new Step("overhead-press", 3, 10, 18, 2));
        STEPS.put("dumbbell-row", new Step("barbell-row", 3, 10, 30, 2));
        STEPS.put("dumbbell-bench-press", new Step("bench-press", 3, 10, 24, 2));
    }

    private static final Map<DayOfWeek, List<String>> CHAINS = Map.of(
            MONDAY, List.of("squat", "press"), WEDNESDAY, List.of("hinge", "row"), FRIDAY, List.of("squat", "bench"));

    private final SampleContext context;
    private final Lifting lifting;
    /** Where each chain stands: its current exercise and load. */
    private final Map<String, ExerciseId> current = new LinkedHashMap<>();
    private final Map<String, Mass> load = new LinkedHashMap<>();

    ChainBlock(SampleContext context) {
        this.context = context;
        this.lifting = new Lifting(context);
    }

    void build(LocalDate start) {
        BlockDraft block = new BlockDraft(context, "Split squat to squat " + Names.monthYear(start), start, WEEKS);
        block.deloadWeeks.add(7);
        block.phases.add(new Phase("Single-leg and dumbbell work", 1, 5));
        block.phases.add(new Phase("Bilateral patterns", 6, 10));
        block.phases.add(new Phase("Barbell lifts", 11, 14));
        begin("squat", "split-squat", 16);
        begin("hinge", "kettlebell-deadlift", 16);
        begin("press", "dumbbell-shoulder-press", 10);
        begin("row", "dumbbell-row", 18);
        begin("bench", "dumbbell-bench-press", 14);
        block.levels.add(new LiftLevel(ExerciseId.of("split-squat"), 3, 10, load.get("squat")));
        ExerciseId squat = ExerciseId.of("back-squat");
        Mass goal = Athlete.plates(context.athlete.fiveRepMax(squat) * 0.8);
        for (int week = 1; week <= WEEKS; week++) {
            boolean deload = block.deloadWeeks.contains(week);
            for (DayOfWeek day : List.of(MONDAY, WEDNESDAY, FRIDAY)) {
                List<String> chains = CHAINS.get(day);
                List<Prescription> rx = new ArrayList<>();
                for (String chain : chains) {
                    rx.add(prescription(chain, deload));
                }
                for (String extra : List.of("farmers-carry", "plank", "face-pull")) {
                    ExerciseId id = ExerciseId.of(extra);
                    double kg = extra.equals("plank") ? 0 : extra.equals("farmers-carry") ? 24 : 10;
                    rx.add(Prescription.Strength.sets(id, 3, extra.equals("plank") ? 1 : 12, Mass.kilograms(kg),
                            new ProgressionRule.Hold()));
                }
                PlannedSession planned = block.plan(week, day, deload ? Purpose.DELOAD : Purpose.TECHNIQUE,
                        "Full body", rx);
                LocalDate date = block.dateOf(week, day);
                if (!context.loggable(date)) {
                    chains.forEach(chain -> advance(chain, true, deload));
                } else if (!context.dice.chance(0.05)) {
                    List<Lifting.Result> results = lifting.session(block, planned, date, deload ? 5 : 6.5);
                    for (int i = 0; i < chains.size(); i++) {
                        advance(chains.get(i), results.get(i).success(), deload);
                        context.athlete.adapt(current.get(chains.get(i)), 0.006);
                    }
                }
            }
        }
        block.finish(new StrengthGoal(squat, goal, 5), "From split squats to the back squat in fourteen weeks.");
    }

    private void begin(String chain, String exercise, double kg) {
        current.put(chain, ExerciseId.of(exercise));
        load.put(chain, Mass.kilograms(kg));
    }

    private Prescription prescription(String chain, boolean deload) {
        ExerciseId exercise = current.get(chain);
        Step step = STEPS.get(exercise.value());
        Mass kg = load.get(chain);
        if (step == null) {
            ProgressionRule rule = ProgressionRule.Linear.standard(Mass.kilograms(2.5));
            return Prescription.Strength.sets(exercise, deload ? 2 : 3, 5, kg, rule);
        }
        ProgressionRule rule = new ProgressionRule.ExerciseChain(ExerciseId.of(step.next()), step.sets(), step.reps(),
                Mass.kilograms(step.criterionKg()), Mass.kilograms(step.incrementKg()));
        return Prescription.Strength.sets(exercise, deload ? 2 : step.sets(), step.reps(), kg, rule);
    }

    private void advance(String chain, boolean success, boolean deload) {
        if (deload || !success) {
            return;
        }
        ExerciseId exercise = current.get(chain);
        Step step = STEPS.get(exercise.value());
        Mass kg = load.get(chain);
        if (step == null) {
            load.put(chain, kg.plus(Mass.kilograms(2.5)));
        } else if (kg.kilograms() >= step.criterionKg()) {
            ExerciseId next = ExerciseId.of(step.next());
            current.put(chain, next);
            double start = STEPS.containsKey(next.value()) ? step.criterionKg() * 0.8
                    : context.athlete.fiveRepMax(next) * 0.6;
            load.put(chain, Mass.kilograms(start).roundDown(2, MassUnit.KG));
        } else {
            load.put(chain, kg.plus(Mass.kilograms(step.incrementKg())));
        }
    }
}
