package app.overload.sample;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;

/**
 * Eight weeks to a faster 5 km: kilometre repeats on Tuesdays, a timed threshold run on Thursdays, an easy
 * Friday, a long run on Sundays, a taper week and the race on the last Saturday.
 */
final class FiveKBlock {

    static final int WEEKS = 8;
    private static final Distance FIVE_K = Distance.kilometres(5);

    private final SampleContext context;
    private final Running running;

    FiveKBlock(SampleContext context) {
        this.context = context;
        this.running = new Running(context);
    }

    void build(LocalDate start) {
        BlockDraft block = new BlockDraft(context, "5 km " + Names.monthYear(start), start, WEEKS);
        block.taperWeeks.add(WEEKS);
        block.phases.add(new Phase("Speed", 1, 7));
        block.phases.add(new Phase("Taper", 8, 8));
        double threshold = running.threshold(start);
        block.levels.add(new RaceLevel(Modality.RUN, FIVE_K,
                new Pace(threshold * Running.FIVE_K).timeFor(FIVE_K).withNanos(0)));
        Duration goalTime = Duration.ofSeconds(
                new Pace(running.threshold(start.plusWeeks(WEEKS)) * Running.FIVE_K).timeFor(FIVE_K).toSeconds() / 10 * 10);
        int repeats = 4;
        for (int week = 1; week <= WEEKS; week++) {
            boolean taper = week == WEEKS;
            int reps = taper ? 3 : repeats;
            Interval rep = new Interval(reps, Distance.kilometres(1), null, null, Duration.ofMinutes(2));
            Prescription speed = new Prescription.Endurance(Modality.RUN, null, null,
                    new PaceTarget.AtPace(new Pace(threshold * 0.95)), List.of(rep),
                    new ProgressionRule.Endurance(0.02, Distance.kilometres(1)));
            PlannedSession tuesday = block.plan(week, TUESDAY, Purpose.INTERVALS, reps + " × 1 km", List.of(speed));
            LocalDate day = block.dateOf(week, TUESDAY);
            if (context.loggable(day) && !context.dice.chance(0.05)) {
                EnduranceEntry e = running.intervals(day, reps, Distance.kilometres(1), threshold * 0.95,
                        Distance.metres(400));
                context.logTraining(block, tuesday, day, e.duration(), 8.5, List.of(e));
                if (!taper && repeats < 6 && week % 2 == 0) {
                    repeats++;
                }
            }
            Duration tempoTime = Duration.ofMinutes(taper ? 12 : Math.min(30, 20 + 2L * (week - 1)));
            Prescription tempo = new Prescription.Endurance(Modality.RUN, null, tempoTime,
                    new PaceTarget.AtPace(new Pace(threshold)), List.of(), new ProgressionRule.Endurance(0.03,
                    Distance.kilometres(1)));
            run(block, week, THURSDAY, Purpose.TEMPO, "Threshold run", tempo,
                    new Pace(threshold).distanceIn(tempoTime), threshold, Running.Effort.TEMPO, 7.5);
            if (!taper) {
                double easyKm = 5;
                run(block, week, FRIDAY, Purpose.EASY_AEROBIC, "Easy run", easy(easyKm),
                        Distance.kilometres(easyKm), threshold * Running.Effort.EASY.paceFactor, Running.Effort.EASY,
                        4);
                double longKm = Math.min(14, 10 + week - 1);
                Prescription longRun = new Prescription.Endurance(Modality.RUN, Distance.kilometres(longKm), null,
                        new PaceTarget.InZone(2), List.of(), new ProgressionRule.Endurance(0, Distance.kilometres(1)));
                run(block, week, SUNDAY, Purpose.LONG_RUN, "Long run", longRun, Distance.kilometres(longKm),
                        threshold * Running.Effort.LONG.paceFactor, Running.Effort.LONG, 6);
            } else {
                Prescription race = new Prescription.Endurance(Modality.RUN, FIVE_K, goalTime,
                        new PaceTarget.AtPace(Pace.of(FIVE_K, goalTime)), List.of(), new ProgressionRule.Hold());
                run(block, week, SATURDAY, Purpose.RACE, "Race day", race, FIVE_K,
                        running.threshold(block.dateOf(week, SATURDAY)) * Running.FIVE_K, Running.Effort.RACE, 9.5);
            }
        }
        block.finish(new EnduranceGoal(Modality.RUN, FIVE_K, goalTime), "Faster over 5 km in eight weeks.");
    }

    private static Prescription easy(double km) {
        return new Prescription.Endurance(Modality.RUN, Distance.kilometres(km), null, new PaceTarget.InZone(2),
                List.of(), new ProgressionRule.Hold());
    }

    private void run(BlockDraft block, int week, DayOfWeek day, Purpose purpose, String title, Prescription rx,
            Distance distance, double pace, Running.Effort effort, double rpe) {
        PlannedSession planned = block.plan(week, day, purpose, title, List.of(rx));
        LocalDate date = block.dateOf(week, day);
        if (context.loggable(date) && !context.dice.chance(0.06)) {
            EnduranceEntry e = running.run(date, distance, pace, effort);
            context.logTraining(block, planned, date, e.duration(), rpe, List.of(e));
        }
    }
}
