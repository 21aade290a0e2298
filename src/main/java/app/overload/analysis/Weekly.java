package app.overload.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import app.overload.progression.DailyLoads;

/** Foster's weekly measures, one point per Monday-to-Sunday week: monotony and strain. */
final class Weekly {

    private Weekly() {
    }

    static ChartResult monotony(DailyLoads loads, DateWindow window) {
        List<ChartPoint> points = points(loads, window, false);
        if (points.isEmpty()) {
            return new ChartResult.Missing(ChartId.MONOTONY, missing(window));
        }
        Chart.Builder chart = Chart.lines(ChartId.MONOTONY, window, "Mean ÷ SD of daily load", ValueFormat.NUMBER)
                .mark(new Mark.Guide(LoadCharts.MONOTONY_WARNING, "Warning above 2.0", "danger"))
                .series(new ChartSeries("Monotony", "monotony", ChartSeries.Style.LINE,
                        Downsample.lttb(points, StrengthCharts.MAX_POINTS)));
        ChartPoint last = points.get(points.size() - 1);
        if (last.value() > LoadCharts.MONOTONY_WARNING) {
            chart.note(Tone.WARNING, "Monotony " + Formats.two(last.value()) + " in the week ending "
                    + Formats.date(last.date()) + ": the days are too alike; make easy days easier.");
        } else {
            chart.note(Tone.NEUTRAL, "Latest week (ending " + Formats.date(last.date()) + "): "
                    + Formats.two(last.value()) + "; above 2.0 the days are too alike.");
        }
        return chart.build();
    }

    static ChartResult strain(DailyLoads loads, DateWindow window) {
        List<ChartPoint> points = points(loads, window, true);
        if (points.isEmpty()) {
            return new ChartResult.Missing(ChartId.STRAIN, missing(window));
        }
        return Chart.lines(ChartId.STRAIN, window, "Weekly load × monotony", ValueFormat.NUMBER)
                .series(new ChartSeries("Strain", "strain", ChartSeries.Style.LINE,
                        Downsample.lttb(points, StrengthCharts.MAX_POINTS)))
                .note(Tone.NEUTRAL, "Strain rises with both more load and more sameness; peaks are the weeks to "
                        + "follow with an easier one.").build();
    }

    /**
     * One point per week ending in the window whose load varies from day to day. A week of seven equal loads has
     * infinite monotony, which no axis can draw, so it is left out; the suggestions' monotony warning names it.
     */
    private static List<ChartPoint> points(DailyLoads loads, DateWindow window, boolean strain) {
        List<ChartPoint> points = new ArrayList<>();
        for (LocalDate sunday : LoadCharts.weekEnds(window)) {
            if (sunday.isAfter(loads.last())) {
                break;
            }
            OptionalDouble monotony = loads.monotony(sunday);
            if (monotony.isEmpty() || Double.isInfinite(monotony.getAsDouble())) {
                continue;
            }
            double week = loads.sum(sunday, 7);
            double value = strain ? loads.strain(sunday).getAsDouble() : monotony.getAsDouble();
            points.add(ChartPoint.of(sunday, value, "Week ending " + Formats.day(sunday) + "\nMonotony "
                    + Formats.two(monotony.getAsDouble()) + " · weekly load " + Formats.whole(week) + " · strain "
                    + Formats.whole(week * monotony.getAsDouble())));
        }
        return points;
    }

    private static String missing(DateWindow window) {
        return "No complete week with load that varies from day to day " + window.phrase()
                + " (weeks run Monday to Sunday; a week of identical days has no spread to divide by and is not drawn).";
    }
}
