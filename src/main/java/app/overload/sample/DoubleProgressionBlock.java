package app.overload.sample;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;

/**
 * Ten weeks of upper/lower hypertrophy with double progression in 8–12 reps: a rep per set per good session,
 * and when every set reaches 12, more weight and back to 8. The last week is a deload.
 */
final class DoubleProgressionBlock {

    static final int WEEKS = 10;
    private static final int MIN = 8;
    private static final int MAX = 12;
    private static final Map<DayOfWeek, List<String>> DAYS = Map.of(
            MONDAY, List.of("back-squat", "romanian-deadlift", "walking-lunge", "leg-press", "calf-raise",
                    "hanging-leg-raise"),
            TUESDAY, List.of("bench-press", "barbell-row", "overhead-press", "lat-pulldown", "biceps-curl",
                    "face-pull"),
            THURSDAY, List.of("front-squat", "hip-thrust", "split-squat", "leg-press", "calf-raise",
                    "hanging-leg-raise"),
            FRIDAY, List.of("incline-bench-press", "dumbbell-row", "dip", "chin-up", "triceps-extension",
                    "face-pull"));
    private static final List<DayOfWeek> ORDER = List.of(MONDAY, TUESDAY, THURSDAY, FRIDAY);

    private final SampleContext context;
    private final Lifting lifting;
    private final Map<ExerciseId, Mass> load = new HashMap<>();
    private final Map<ExerciseId, Integer> reps = new HashMap<>();

    DoubleProgressionBlock(SampleContext context) {
        this.context = context;
        this.lifting = new Lifting(context);
    }

    void build(LocalDate start) {
        Athlete athlete = context.athlete;
        BlockDraft block = new BlockDraft(context, "Hypertrophy 8–12 " + Names.monthYear(start), start, WEEKS);
        block.deloadWeeks.add(WEEKS);
        block.phases.add(new Phase("Accumulation", 1, WEEKS - 1));
        block.phases.add(new Phase("Deload", WEEKS, WEEKS));
        ExerciseId bench = ExerciseId.of("bench-press");
        Mass target = Athlete.plates(athlete.oneRepMax(bench) * 1.05);
        for (List<String> day : DAYS.values()) {
            for (String key : day) {
                ExerciseId id = ExerciseId.of(key);
                load.put(id, Athlete.plates(athlete.oneRepMax(id) / (1 + (MIN + 2) / 30.0)));
                reps.put(id, MIN);
            }
        }
        block.levels.add(new LiftLevel(bench, 3, MIN, load.get(bench)));
        for (int week = 1; week <= WEEKS; week++) {
            boolean deload = block.deloadWeeks.contains(week);
            for (DayOfWeek day : ORDER) {
                List<ExerciseId> lifts = DAYS.get(day).stream().map(ExerciseId::of).toList();
                List<Prescription> rx = new ArrayList<>();
                for (int i = 0; i < lifts.size(); i++) {
                    ExerciseId lift = lifts.get(i);
                    int sets = deload ? 2 : 4;
                    rx.add(Prescription.Strength.sets(lift, sets, reps.get(lift), load.get(lift), rule(lift)));
                }
                boolean lower = day == MONDAY || day == THURSDAY;
                PlannedSession planned = block.plan(week, day, deload ? Purpose.DELOAD : Purpose.VOLUME_STRENGTH,
                        lower ? "Lower body" : "Upper body", rx);
                LocalDate date = block.dateOf(week, day);
                if (!context.loggable(date)) {
                    lifts.forEach(lift -> advance(lift, true, deload));
                } else if (!context.dice.chance(0.05)) {
                    List<Lifting.Result> results = lifting.session(block, planned, date, deload ? 5 : 7);
                    for (int i = 0; i < lifts.size(); i++) {
                        advance(lifts.get(i), results.get(i).success(), deload);
                        athlete.adapt(lifts.get(i), deload ? 0 : 0.003 * Names.experience(context));
                    }
                }
            }
        }
        block.finish(new EstimatedMaxGoal(bench, target), "Add a rep per set each session; at 12 reps add weight.");
    }

    private static ProgressionRule rule(ExerciseId lift) {
        double increment = switch (lift.value()) {
            case "leg-press", "hip-thrust" -> 5;
            case "biceps-curl", "triceps-extension", "face-pull" -> 1;
            case "hanging-leg-raise" -> 0;
            case "split-squat", "walking-lunge", "dumbbell-row" -> 2;
            case "chin-up" -> 0;
            default -> 2.5;
        };
        return new ProgressionRule.DoubleProgression(MIN, MAX, Mass.kilograms(increment));
    }

    private void advance(ExerciseId lift, boolean success, boolean deload) {
        if (deload || !success) {
            return;
        }
        int now = reps.get(lift);
        if (now >= MAX) {
            load.put(lift, load.get(lift).plus(((ProgressionRule.DoubleProgression) rule(lift)).increment()));
            reps.put(lift, MIN);
        } else {
            reps.put(lift, now + 1);
        }
    }
}
