package app.overload.sample;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;

/**
 * Stand-alone sessions: the spin class, yoga, a hike or a swim scattered through the year, the unplanned
 * "not slow, not fast" runs between running blocks, and gym sessions between strength blocks.
 */
final class Workouts {

    private static final List<String> GYM = List.of("bench-press", "lat-pulldown", "leg-press", "dumbbell-row",
            "biceps-curl", "triceps-extension", "face-pull", "calf-raise", "goblet-squat", "dumbbell-shoulder-press",
            "hip-thrust", "incline-bench-press", "triceps-extension", "hanging-leg-raise", "kettlebell-swing",
            "chin-up", "dip");

    private final SampleContext context;
    private final Running running;

    Workouts(SampleContext context) {
        this.context = context;
        this.running = new Running(context);
    }

    /** About one fun session a week over the whole span. */
    void scatter(LocalDate from, LocalDate to) {
        Dice dice = context.dice;
        for (LocalDate week = from; week.isBefore(to); week = week.plusWeeks(1)) {
            if (!dice.chance(0.6)) {
                continue;
            }
            LocalDate day = week.plusDays(dice.between(0, 6));
            if (!context.loggable(day)) {
                continue;
            }
            int kind = dice.between(0, 5);
            switch (kind) {
                case 0 -> timed(day, "Spin class", "Spin class", 45, 7);
                case 1 -> timed(day, "Yoga", "Yoga", 60, 3);
                case 2 -> endurance(day, "Hike", Modality.WALK, dice.between(9.0, 16.0), 690, 118);
                case 3 -> endurance(day, "Pool swim", Modality.SWIM, dice.between(1.2, 2.4), 1300, 132);
                case 4 -> endurance(day, "Rowing machine", Modality.ROW, dice.between(4.0, 7.0), 250, 150);
                default -> {
                    EnduranceEntry e = running.run(day, Distance.kilometres(5),
                            running.threshold(day) * 1.04, Running.Effort.GREY);
                    context.logWorkout(day, "Fun run", e.duration(), 7, List.of(e));
                }
            }
        }
    }

    /** Between running blocks: two or three runs a week at one comfortable-hard pace, the grey zone. */
    void unplannedRuns(LocalDate from, LocalDate to) {
        Dice dice = context.dice;
        for (LocalDate week = from; week.isBefore(to); week = week.plusWeeks(1)) {
            int runs = dice.between(2, 3);
            for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY).subList(0, runs)) {
                LocalDate date = week.with(TemporalAdjusters.nextOrSame(day));
                if (date.isBefore(to) && context.loggable(date)) {
                    EnduranceEntry e = running.run(date, Distance.kilometres(dice.between(6, 10)),
                            running.threshold(date) * Running.Effort.GREY.paceFactor, Running.Effort.GREY);
                    context.logWorkout(date, "", e.duration(), 6.5, List.of(e));
                }
            }
        }
    }

    /** Between strength blocks: two gym sessions a week of whatever machines are free. */
    void gym(LocalDate from, LocalDate to) {
        for (LocalDate week = from; week.isBefore(to); week = week.plusWeeks(1)) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)) {
                gymSession(week.with(TemporalAdjusters.nextOrSame(day)), to, "Gym", 0.8, 6, 4);
            }
        }
    }

    /**
     * Most Wednesdays, Saturdays and Sundays, all year: an unplanned arms-and-core session on top of whatever
     * block is running. This athlete logs a lot of sets, as a heavy user of the app would.
     */
    void accessoryDays(LocalDate from, LocalDate to) {
        for (LocalDate week = from; week.isBefore(to); week = week.plusWeeks(1)) {
            for (DayOfWeek day : List.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)) {
                gymSession(week.with(TemporalAdjusters.nextOrSame(day)), to, "Arms and core", 0.85, 7, 5);
            }
        }
    }

    private void gymSession(LocalDate date, LocalDate to, String label, double probability, int exercises,
            int setsEach) {
        Dice dice = context.dice;
        if (!date.isBefore(to) || !context.loggable(date) || !dice.chance(probability)) {
            return;
        }
        List<ActivityEntry> entries = new ArrayList<>();
        List<String> pool = new ArrayList<>(GYM);
        for (int i = 0; i < exercises; i++) {
            ExerciseId exercise = ExerciseId.of(pool.remove(dice.between(0, pool.size() - 1)));
            double kg = Athlete.plates(context.athlete.oneRepMax(exercise) * 0.65).kilograms();
            List<StrengthSet> sets = new ArrayList<>();
            for (int s = 0; s < setsEach; s++) {
                sets.add(new StrengthSet(dice.between(8, 12), Mass.kilograms(kg), null,
                        s == 0 ? null : Duration.ofSeconds(dice.between(45, 90)), SetKind.WORKING, false));
            }
            entries.add(new StrengthEntry(exercise, sets));
        }
        context.logWorkout(date, label, Duration.ofMinutes(dice.between(35, 60)), 6.5, entries);
    }

    private void timed(LocalDate day, String label, String activity, int minutes, double effort) {
        Duration time = Duration.ofMinutes(minutes);
        context.logWorkout(day, label, time, effort,
                List.of(TimedEntry.of(activity, time, Rpe.of(effort))));
    }

    private void endurance(LocalDate day, String label, Modality modality, double km, double secondsPerKm,
            int heartRate) {
        Distance distance = Distance.kilometres(Math.round(km * 10) / 10.0);
        double pace = context.dice.around(secondsPerKm, 0.05);
        Duration time = new Pace(pace).timeFor(distance).withNanos(0);
        EnduranceEntry e = HeartRates.recorded(new EnduranceEntry(modality, distance, time,
                (int) Math.round(context.dice.around(heartRate, 0.04)), null, List.of(), ""), false);
        context.logWorkout(day, label, time, modality == Modality.WALK ? 4 : 6, List.of(e));
    }
}
