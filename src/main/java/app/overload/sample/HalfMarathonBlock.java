package app.overload.sample;

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
 * Twelve weeks to a half marathon: easy runs and intervals on Tuesdays, a tempo run on Thursdays that progresses
 * one variable at a time (4 mi @ 7:15 /mi → 7:00 /mi or 5 mi), an easy Saturday, a long run on Sundays growing
 * to 20 km, rest on the other days, two taper weeks and the race on the last Sunday.
 */
final class HalfMarathonBlock {

    static final int WEEKS = 12;
    static final Distance HALF = Distance.metres(21_097.5);
    private static final double MILE_KM = Distance.METRES_PER_MILE / 1000;

    private final SampleContext context;
    private final Running running;

    HalfMarathonBlock(SampleContext context) {
        this.context = context;
        this.running = new Running(context);
    }

    void build(LocalDate start) {
        BlockDraft block = new BlockDraft(context, "Half marathon " + Names.monthYear(start), start, WEEKS);
        block.taperWeeks.addAll(List.of(11, 12));
        block.phases.add(new Phase("Base", 1, 4));
        block.phases.add(new Phase("Build", 5, 8));
        block.phases.add(new Phase("Peak", 9, 10));
        block.phases.add(new Phase("Taper", 11, 12));
        double threshold = running.threshold(start);
        double thresholdPerMile = threshold * MILE_KM;
        block.levels.add(new RaceLevel(Modality.RUN, Distance.kilometres(5),
                new Pace(threshold * Running.FIVE_K).timeFor(Distance.kilometres(5)).withNanos(0)));
        Duration goalTime = Duration.ofMinutes(
                new Pace(running.threshold(start.plusWeeks(WEEKS)) * 1.02).timeFor(HALF).toMinutes());
        double tempoMiles = 4;
        double tempoPerMile = Math.round((thresholdPerMile + 15) / 5) * 5;
        boolean lastChangedPace = false;
        ProgressionRule tempoRule = new ProgressionRule.Endurance(0.03, Distance.miles(1));
        ProgressionRule longRule = new ProgressionRule.Endurance(0, Distance.kilometres(1.5));
        for (int week = 1; week <= WEEKS; week++) {
            boolean taper = week >= 11;
            // Tuesday: easy run or intervals.
            if (week % 2 == 1 || taper) {
                easy(block, week, TUESDAY, taper ? 6 : 8, threshold);
            } else {
                Interval rep = new Interval(6, Distance.metres(800), null, Distance.metres(400), null);
                Prescription rx = new Prescription.Endurance(Modality.RUN, Distance.kilometres(10.7), null,
                        new PaceTarget.AtPace(new Pace(threshold * 0.93)), List.of(rep),
                        new ProgressionRule.Endurance(0.02, Distance.metres(800)));
                PlannedSession planned = block.plan(week, TUESDAY, Purpose.INTERVALS, "6 × 800 m", List.of(rx));
                LocalDate day = block.dateOf(week, TUESDAY);
                if (context.loggable(day) && !context.dice.chance(0.06)) {
                    EnduranceEntry e = running.intervals(day, 6, Distance.metres(800), threshold * 0.93,
                            Distance.metres(400));
                    context.logTraining(block, planned, day, e.duration(), 8.5, List.of(e));
                }
            }
            // Thursday: tempo, one variable at a time, never faster than threshold pace.
            double miles = week == 12 ? 2 : week == 11 ? 3 : tempoMiles;
            Prescription tempo = new Prescription.Endurance(Modality.RUN, Distance.miles(miles), null,
                    new PaceTarget.AtPace(Pace.perMile(Duration.ofSeconds((long) tempoPerMile))), List.of(),
                    tempoRule);
            PlannedSession tempoDay = block.plan(week, THURSDAY, Purpose.TEMPO, "Tempo run", List.of(tempo));
            LocalDate thursday = block.dateOf(week, THURSDAY);
            boolean achieved = true;
            if (context.loggable(thursday) && !context.dice.chance(0.05)) {
                EnduranceEntry e = running.run(thursday, Distance.miles(miles), tempoPerMile / MILE_KM,
                        Running.Effort.TEMPO);
                achieved = e.pace().orElseThrow().secondsPerKilometre() <= tempoPerMile / MILE_KM * 1.01;
                context.logTraining(block, tempoDay, thursday, e.duration(), 7.5, List.of(e));
            }
            if (!taper && achieved) {
                boolean paceAllowed = tempoPerMile - 15 >= thresholdPerMile - 2;
                if (!lastChangedPace && paceAllowed) {
                    tempoPerMile -= 15;
                    lastChangedPace = true;
                } else if (tempoMiles < 6) {
                    tempoMiles += 1;
                    lastChangedPace = false;
                } else if (paceAllowed) {
                    tempoPerMile -= 15;
                }
            }
            // Saturday: a short easy run from week 3.
            if (week >= 3 && week <= 10) {
                easy(block, week, SATURDAY, 6, threshold);
            }
            // Sunday: the long run, or the race.
            if (week == WEEKS) {
                Prescription race = new Prescription.Endurance(Modality.RUN, HALF, goalTime,
                        new PaceTarget.AtPace(Pace.of(HALF, goalTime)), List.of(), new ProgressionRule.Hold());
                PlannedSession planned = block.plan(week, SUNDAY, Purpose.RACE, "Race day", List.of(race));
                LocalDate day = block.dateOf(week, SUNDAY);
                if (context.loggable(day)) {
                    EnduranceEntry e = running.run(day, HALF, running.threshold(day) * 1.03, Running.Effort.RACE);
                    context.logTraining(block, planned, day, e.duration(), 9.5, List.of(e));
                }
            } else {
                double km = week == 11 ? 14 : Math.min(20, 12 + 1.5 * (week - 1));
                Prescription rx = new Prescription.Endurance(Modality.RUN, Distance.kilometres(km), null,
                        new PaceTarget.InZone(2), List.of(), longRule);
                PlannedSession planned = block.plan(week, SUNDAY, Purpose.LONG_RUN, "Long run", List.of(rx));
                LocalDate day = block.dateOf(week, SUNDAY);
                if (context.loggable(day) && !context.dice.chance(0.04)) {
                    EnduranceEntry e = running.run(day, Distance.kilometres(km),
                            threshold * Running.Effort.LONG.paceFactor, Running.Effort.LONG);
                    context.logTraining(block, planned, day, e.duration(), 6.5, List.of(e));
                }
            }
        }
        block.finish(new EnduranceGoal(Modality.RUN, HALF, goalTime), "Easy most days; one tempo, one long run.");
    }

    private void easy(BlockDraft block, int week, DayOfWeek day, double km, double threshold) {
        Prescription rx = new Prescription.Endurance(Modality.RUN, Distance.kilometres(km), null,
                new PaceTarget.InZone(2), List.of(), new ProgressionRule.Hold());
        PlannedSession planned = block.plan(week, day, Purpose.EASY_AEROBIC, "Easy run", List.of(rx));
        LocalDate date = block.dateOf(week, day);
        if (context.loggable(date) && !context.dice.chance(0.08)) {
            EnduranceEntry e = running.run(date, Distance.kilometres(km), threshold * Running.Effort.EASY.paceFactor,
                    Running.Effort.EASY);
            context.logTraining(block, planned, date, e.duration(), 4, List.of(e));
        }
    }
}
