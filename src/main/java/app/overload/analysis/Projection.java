package app.overload.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import app.overload.progression.DailyLoads;
import app.overload.progression.FitnessFatigue;

/**
 * Fitness, fatigue, form and the acute:chronic ratio carried on past today, dashed, from the load of the planned
 * sessions still to come ({@link LoadAhead}), with form on the goal date in a note.
 */
final class Projection {

    private Projection() {
    }

    /** The fitness chart with the dashed way ahead, or the chart as it was when nothing is planned. */
    static ChartResult fitness(ChartResult drawn, DailyLoads logged, LoadAhead ahead) {
        if (ahead == null || !(drawn instanceof ChartResult.Data data)) {
            return drawn;
        }
        FitnessFatigue pmc = ahead.extend(logged).fitnessFatigue();
        List<ChartPoint> fitness = new ArrayList<>();
        List<ChartPoint> fatigue = new ArrayList<>();
        List<ChartPoint> form = new ArrayList<>();
        for (LocalDate d = ahead.today(); !d.isAfter(ahead.end()); d = d.plusDays(1)) {
            fitness.add(ChartPoint.of(d, pmc.fitness(d), ""));
            fatigue.add(ChartPoint.of(d, pmc.fatigue(d), ""));
            form.add(ChartPoint.of(d, pmc.form(d), ""));
        }
        List<ChartSeries> series = new ArrayList<>(data.chart().series());
        series.add(new ChartSeries("Fitness ahead", "fitness", ChartSeries.Style.DASHED, labelled(fitness, pmc)));
        series.add(new ChartSeries("Fatigue ahead", "fatigue", ChartSeries.Style.DASHED, labelled(fatigue, pmc)));
        series.add(new ChartSeries("Form ahead", "form", ChartSeries.Style.DASHED, labelled(form, pmc)));
        List<Note> notes = new ArrayList<>(data.chart().notes());
        String how = "Dashed: where the planned sessions lead if they are done, each at your usual session RPE "
                + "for its purpose.";
        if (ahead.goals().isEmpty()) {
            notes.add(new Note(Tone.NEUTRAL, how));
        } else {
            GoalRow goal = ahead.goals().get(0);
            LocalDate on = goal.goalDate();
            double value = pmc.form(on);
            notes.add(new Note(value >= 0 ? Tone.GOOD : Tone.WARNING, "Form on the goal date (" + Formats.date(on)
                    + ", " + goal.blockName() + "): " + signed(value) + " (fitness " + Formats.one(pmc.fitness(on))
                    + ", fatigue " + Formats.one(pmc.fatigue(on)) + ")" + (value >= 0 ? ", fresh for it." 
                    : ": fatigue would still outweigh fitness.") + " " + how));
        }
        return withAhead(data.chart(), series, notes, ahead.end());
    }

    /** The ratio chart with the dashed way ahead, and a warning where the plan takes it past 1.5. */
    static ChartResult ratio(ChartResult drawn, DailyLoads logged, LoadAhead ahead) {
        if (ahead == null || !(drawn instanceof ChartResult.Data data)) {
            return drawn;
        }
        DailyLoads all = ahead.extend(logged);
        List<ChartPoint> points = new ArrayList<>();
        ChartPoint highest = null;
        for (LocalDate d = ahead.today(); !d.isAfter(ahead.end()); d = d.plusDays(1)) {
            OptionalDouble ratio = all.acuteChronicRatio(d);
            if (ratio.isPresent()) {
                ChartPoint p = ChartPoint.of(d, ratio.getAsDouble(), Formats.day(d) + "\nPlanned: ratio "
                        + Formats.two(ratio.getAsDouble()));
                points.add(p);
                if (d.isAfter(ahead.today()) && (highest == null || p.value() > highest.value())) {
                    highest = p;
                }
            }
        }
        if (points.isEmpty()) {
            return drawn;
        }
        List<ChartSeries> series = new ArrayList<>(data.chart().series());
        series.add(new ChartSeries("Ratio ahead", "ratio", ChartSeries.Style.DASHED,
                Downsample.lttb(points, StrengthCharts.MAX_POINTS)));
        List<Note> notes = new ArrayList<>(data.chart().notes());
        if (highest != null && highest.value() > LoadCharts.RATIO_WARNING) {
            notes.add(new Note(Tone.WARNING, "The plan takes the ratio to " + Formats.two(highest.value()) + " on "
                    + Formats.date(highest.date()) + ", above 1.5: consider a re-plan."));
        }
        return withAhead(data.chart(), series, notes, ahead.end());
    }

    private static ChartResult withAhead(Chart c, List<ChartSeries> series, List<Note> notes, LocalDate end) {
        LocalDate to = end.isAfter(c.to()) ? end : c.to();
        return new ChartResult.Data(new Chart(c.id(), c.title(), c.kind(), c.from(), to, c.axisLabel(), c.format(),
                c.bucket(), series, c.marks(), notes, c.inverted()));
    }

    private static List<ChartPoint> labelled(List<ChartPoint> daily, FitnessFatigue pmc) {
        return Downsample.lttb(daily, StrengthCharts.MAX_POINTS).stream().map(p -> p.withLabel(Formats.day(p.date())
                + "\nPlanned: fitness " + Formats.one(pmc.fitness(p.date())) + " · fatigue "
                + Formats.one(pmc.fatigue(p.date())) + " · form " + Formats.one(pmc.form(p.date())))).toList();
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + Formats.one(value);
    }
}
