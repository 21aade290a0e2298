package app.overload.sample;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthGoal;

/**
 * Twelve weeks of linear 5×5: workouts A (squat, bench, row) and B (squat, press, deadlift) alternating three
 * times a week, weight added after each successful session, 10 % off after three failures at one load, and a
 * lighter week every fourth week.
 */
final class LinearBlock {

    static final int WEEKS = 12;
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final ExerciseId BENCH = ExerciseId.of("bench-press");
    private static final ExerciseId ROW = ExerciseId.of("barbell-row");
    private static final ExerciseId PRESS = ExerciseId.of("overhead-press");
    private static final ExerciseId DEADLIFT = ExerciseId.of("deadlift");
    private static final ExerciseId CHIN_UP = ExerciseId.of("chin-up");
    private static final ExerciseId DIP = ExerciseId.of("dip");
    private static final DayOfWeek[] DAYS = {MONDAY, WEDNESDAY, FRIDAY};

    private final SampleContext context;
    private final Lifting lifting;
    private final Map<ExerciseId, Mass> load = new HashMap<>();
    private final Map<ExerciseId, Integer> failures = new HashMap<>();

    LinearBlock(SampleContext context) {
        this.context = context;
        this.lifting = new Lifting(context);
    }

    void build(LocalDate start) {
        Athlete athlete = context.athlete;
        BlockDraft block = new BlockDraft(context, "Linear 5×5 " + Names.monthYear(start), start, WEEKS);
        block.deloadWeeks.addAll(List.of(4, 8, 12));
        block.phases.add(new Phase("Base", 1, 4));
        block.phases.add(new Phase("Build", 5, 8));
        block.phases.add(new Phase("Peak", 9, 12));
        for (ExerciseId lift : List.of(SQUAT, BENCH, ROW, PRESS, DEADLIFT)) {
            load.put(lift, Athlete.plates(0.85 * athlete.fiveRepMax(lift)));
            failures.put(lift, 0);
        }
        for (ExerciseId lift : List.of(SQUAT, BENCH, DEADLIFT)) {
            block.levels.add(new LiftLevel(lift, 5, 5, load.get(lift)));
        }
        Mass goal = Athlete.plates(athlete.fiveRepMax(SQUAT) * 1.12);
        int n = 0;
        for (int week = 1; week <= WEEKS; week++) {
            boolean deload = block.deloadWeeks.contains(week);
            for (DayOfWeek day : DAYS) {
                boolean a = n++ % 2 == 0;
                List<ExerciseId> lifts = a ? List.of(SQUAT, BENCH, ROW) : List.of(SQUAT, PRESS, DEADLIFT);
                List<Prescription> rx = new ArrayList<>();
                for (ExerciseId lift : lifts) {
                    int sets = lift.equals(DEADLIFT) ? 1 : deload ? 3 : 5;
                    Mass kg = deload ? Athlete.plates(load.get(lift).kilograms() * 0.85) : load.get(lift);
                    rx.add(Prescription.Strength.sets(lift, sets, 5, kg, rule(lift)));
                }
                rx.add(Prescription.Strength.sets(a ? CHIN_UP : DIP, 3, 8, Mass.ZERO,
                        new ProgressionRule.DoubleProgression(6, 12, Mass.kilograms(2.5))));
                for (String extra : a ? List.of("face-pull", "hanging-leg-raise") : List.of("biceps-curl", "calf-raise")) {
                    ExerciseId id = ExerciseId.of(extra);
                    rx.add(Prescription.Strength.sets(id, 3, 12, Athlete.plates(athlete.oneRepMax(id) * 0.6),
                            new ProgressionRule.DoubleProgression(10, 15, Mass.kilograms(extra.equals("calf-raise")
                                    ? 5 : 2.5))));
                }
                PlannedSession planned = block.plan(week, day, deload ? Purpose.DELOAD : Purpose.HEAVY_STRENGTH,
                        a ? "Workout A" : "Workout B", rx);
                LocalDate date = block.dateOf(week, day);
                if (!context.loggable(date)) {
                    lifts.forEach(lift -> advance(lift, true, deload));
                } else if (!context.dice.chance(0.04)) {
                    List<Lifting.Result> results = lifting.session(block, planned, date, deload ? 5.5 : 7.5);
                    for (int i = 0; i < lifts.size(); i++) {
                        advance(lifts.get(i), results.get(i).success(), deload);
                        athlete.adapt(lifts.get(i), deload ? 0.001 : 0.0045 * Names.experience(context));
                    }
                }
            }
        }
        block.finish(new StrengthGoal(SQUAT, goal, 5), "Add weight every session you complete all 5×5.");
    }

    private ProgressionRule rule(ExerciseId lift) {
        return ProgressionRule.Linear.standard(Mass.kilograms(lift.equals(DEADLIFT) ? 5 : 2.5));
    }

    private void advance(ExerciseId lift, boolean success, boolean deload) {
        if (deload) {
            return;
        }
        if (success) {
            load.put(lift, load.get(lift).plus(((ProgressionRule.Linear) rule(lift)).increment()));
            failures.put(lift, 0);
            return;
        }
        int failed = failures.merge(lift, 1, Integer::sum);
        if (failed >= 3) {
            load.put(lift, Athlete.plates(load.get(lift).kilograms() * 0.9));
            failures.put(lift, 0);
        }
    }
}
