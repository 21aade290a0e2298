package app.overload.analysis;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.Modality;
import app.overload.domain.UnitPreferences;
import app.overload.progression.RunningFormulas;

/**
 * Race prediction for the goal of the running block: each week, the best effort of the previous
 * {@value #EFFORT_DAYS} days (highest VDOT) predicts the goal distance by Riegel and by VDOT, drawn against the goal
 * time.
 */
final class RaceCharts {

    /** How far back an effort still says something about current fitness. */
    static final int EFFORT_DAYS = 42;
    /** Shorter runs are strides or warm-ups; VDOT is defined for race efforts of about 1.5 km and more. */
    static final double MIN_EFFORT_METRES = 1500;
    static final double MIN_EFFORT_SECONDS = 300;

    private RaceCharts() {
    }

    static ChartResult prediction(Modality modality, List<EnduranceRow> rows, List<GoalRow> goals,
            DateWindow window, LocalDate today, UnitPreferences units) {
        if (modality != Modality.RUN) {
            return new ChartResult.Missing(ChartId.RACE_PREDICTION, "Race predictions use running formulas (Riegel,"
                    + " Daniels' VDOT), so they are drawn for runs only.");
        }
        var found = Goals.relevant(goals, g -> g.goal() instanceof EnduranceGoal e && e.modality() == Modality.RUN,
                window, today);
        if (found.isEmpty()) {
            return new ChartResult.Missing(ChartId.RACE_PREDICTION, "No running goal " + window.phrase()
                    + ": a training block with a race goal (distance and time) tells which race to predict.");
        }
        GoalRow goalRow = found.get();
        EnduranceGoal goal = (EnduranceGoal) goalRow.goal();
        List<Effort> efforts = efforts(rows);
        List<ChartPoint> riegel = new ArrayList<>();
        List<ChartPoint> vdot = new ArrayList<>();
        Effort latest = null;
        List<Effort> sources = new ArrayList<>();
        Map<Effort, Duration[]> predictions = new IdentityHashMap<>();
        int first = 0;
        for (LocalDate day : sampleDays(window)) {
            // Efforts are in date order and the days ascend, so the window's start only moves forward.
            LocalDate from = day.minusDays(EFFORT_DAYS - 1L);
            while (first < efforts.size() && efforts.get(first).date().isBefore(from)) {
                first++;
            }
            Effort best = null;
            for (int i = first; i < efforts.size() && !efforts.get(i).date().isAfter(day); i++) {
                best = best == null || efforts.get(i).vdot() > best.vdot() ? efforts.get(i) : best;
            }
            if (best == null) {
                continue;
            }
            // The same effort is usually the best for weeks on end; predict from each effort once.
            Duration[] predicted = predictions.computeIfAbsent(best, e -> new Duration[] {
                e.riegel(goal.distance()), e.vdotTime(goal.distance())});
            latest = best;
            sources.add(best);
            riegel.add(ChartPoint.of(day, predicted[0].toMillis() / 1000.0, ""));
            vdot.add(ChartPoint.of(day, predicted[1].toMillis() / 1000.0, ""));
        }
        if (latest == null) {
            return new ChartResult.Missing(ChartId.RACE_PREDICTION, "No run of at least 1.5 km and 5 minutes with "
                    + "its distance in the 6 weeks before any day " + window.phrase() + ": a prediction needs one.");
        }
        Chart.Builder chart = Chart.lines(ChartId.RACE_PREDICTION, window, "Predicted time for "
                + units.format(goal.distance()), ValueFormat.CLOCK).inverted();
        chart.series(new ChartSeries("Riegel", "riegel", ChartSeries.Style.LINE, Downsample.lttb(riegel,
                StrengthCharts.MAX_POINTS, i -> label(riegel.get(i), "Riegel", sources.get(i), units))));
        chart.series(new ChartSeries("VDOT", "vdot", ChartSeries.Style.LINE, Downsample.lttb(vdot,
                StrengthCharts.MAX_POINTS, i -> label(vdot.get(i), "VDOT", sources.get(i), units))));
        chart.mark(new Mark.Guide(goal.targetTime().toMillis() / 1000.0, "Goal " + Durations.clock(goal.targetTime())
                + " by " + Formats.date(goalRow.goalDate()), "goal"));
        verdict(chart, latest, goal, units);
        return chart.build();
    }

    /** "Sun 8 Nov 2026\nRiegel 1:39:17\nFrom 10.0 km in 45:00 on 8 Nov 2026 (VDOT 45.3)". */
    private static String label(ChartPoint p, String method, Effort source, UnitPreferences units) {
        return Formats.day(p.date()) + "\n" + method + " " + ValueFormat.CLOCK.format(p.value()) + "\nFrom "
                + source.describe(units);
    }

    private static void verdict(Chart.Builder chart, Effort latest, EnduranceGoal goal, UnitPreferences units) {
        Duration riegel = latest.riegel(goal.distance());
        Duration vdot = latest.vdotTime(goal.distance());
        chart.note(Tone.NEUTRAL, "Latest, from " + latest.describe(units) + ": Riegel " + Durations.clock(riegel)
                + ", VDOT " + Durations.clock(vdot) + " for " + units.format(goal.distance()) + ".");
        Duration target = goal.targetTime();
        boolean riegelMakesIt = riegel.compareTo(target) <= 0;
        boolean vdotMakesIt = vdot.compareTo(target) <= 0;
        String both = " (Riegel " + difference(riegel, target) + ", VDOT " + difference(vdot, target) + ").";
        if (riegelMakesIt && vdotMakesIt) {
            chart.note(Tone.GOOD, "On track: both predictions beat the goal of " + Durations.clock(target) + both);
        } else if (riegelMakesIt || vdotMakesIt) {
            chart.note(Tone.WARNING, "Close: one prediction beats the goal of " + Durations.clock(target) + both);
        } else {
            chart.note(Tone.BAD, "Behind: both predictions are slower than the goal of " + Durations.clock(target)
                    + both);
        }
    }

    private static String difference(Duration predicted, Duration target) {
        Duration gap = predicted.minus(target);
        return gap.isNegative() ? Durations.clock(gap.negated()) + " ahead" : Durations.clock(gap) + " behind";
    }

    /** Sundays (ends of weeks) in the window, and its last day, so the latest prediction is today's. */
    private static List<LocalDate> sampleDays(DateWindow window) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = window.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                !d.isAfter(window.to()); d = d.plusWeeks(1)) {
            days.add(d);
        }
        if (days.isEmpty() || !days.get(days.size() - 1).equals(window.to())) {
            days.add(window.to());
        }
        return days;
    }

    /** Runs long enough to say something about race fitness, with their VDOT, in date order. */
    static List<Effort> efforts(List<EnduranceRow> rows) {
        List<Effort> efforts = new ArrayList<>();
        for (EnduranceRow r : rows) {
            if (r.modality() == Modality.RUN && r.hasDistance() && r.metres() >= MIN_EFFORT_METRES
                    && r.seconds() >= MIN_EFFORT_SECONDS) {
                Distance d = Distance.metres(Math.min(r.metres(), Distance.MAX_METRES));
                Duration t = Duration.ofMillis(Math.round(r.seconds() * 1000));
                efforts.add(new Effort(r.date(), d, t, RunningFormulas.vdot(d, t)));
            }
        }
        return efforts;
    }

    /** One run good enough to predict from. */
    record Effort(LocalDate date, Distance distance, Duration time, double vdot) {
        Duration riegel(Distance target) {
            return RacePrediction.riegel(distance, time, target);
        }

        Duration vdotTime(Distance target) {
            return RacePrediction.vdotTime(vdot, target);
        }

        String describe(UnitPreferences units) {
            return units.format(distance) + " in " + Durations.clock(time) + " on " + Formats.date(date) + " (VDOT "
                    + UnitPreferences.number(vdot, 1) + ")";
        }
    }
}
