package app.overload.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.UnitPreferences;

/**
 * The charts of one endurance subject (a modality, or one purpose of it): pace of each entry, distance and time per
 * week (or month), and the longest entry of each period; plus the race prediction of {@link RaceCharts}. Entries
 * logged by time only count in time and are named as left out of the pace and distance charts.
 */
public final class EnduranceCharts {

    private EnduranceCharts() {
    }

    /**
     * @param rows every entry of the subject's modality, oldest first (all purposes: the race prediction reads
     *             the best effort whatever its purpose)
     */
    public static List<ChartResult> build(EnduranceSubject subject, List<EnduranceRow> rows, List<GoalRow> goals,
            TimeRange range, LocalDate today, UnitPreferences units) {
        List<EnduranceRow> mine = rows.stream().filter(subject::includes).toList();
        DateWindow window = range.window(today, mine.isEmpty() ? null : mine.get(0).date());
        String missing = whyNothing(subject, mine, window);
        if (missing != null) {
            return List.of(new ChartResult.Missing(ChartId.PACE, missing),
                    new ChartResult.Missing(ChartId.DISTANCE, missing), new ChartResult.Missing(ChartId.TIME, missing),
                    new ChartResult.Missing(ChartId.LONG_RUN, missing),
                    RaceCharts.prediction(subject.modality(), rows, goals, window, today, units));
        }
        Bucket bucket = Bucket.forWindow(window);
        return List.of(pace(subject, mine, window, units), distance(subject, mine, window, bucket, units),
                time(mine, window, bucket), longest(subject, mine, window, bucket, units),
                RaceCharts.prediction(subject.modality(), rows, goals, window, today, units));
    }

    static ChartResult pace(EnduranceSubject subject, List<EnduranceRow> rows, DateWindow window,
            UnitPreferences units) {
        Modality modality = subject.modality();
        List<ChartPoint> points = new ArrayList<>();
        List<EnduranceRow> sources = new ArrayList<>();
        for (EnduranceRow r : rows) {
            if (r.hasDistance() && r.secondsPerKilometre() <= Pace.MAX_SECONDS_PER_KM) {
                Pace pace = new Pace(r.secondsPerKilometre());
                points.add(ChartPoint.of(r.date(), paceValue(pace, modality, units), ""));
                sources.add(r);
            }
        }
        List<ChartPoint> marked = Records.mark(points, modality.showsSpeed(),
                modality.showsSpeed() ? "Fastest yet" : "Fastest pace yet");
        List<ChartPoint> inside = StrengthCharts.inWindow(marked, window, i -> describe(sources.get(i), units));
        long withoutDistance = rows.stream().filter(r -> window.contains(r.date()) && !r.hasDistance()).count();
        if (inside.isEmpty()) {
            return new ChartResult.Missing(ChartId.PACE, noDistance(subject, withoutDistance, window, "pace"));
        }
        Chart.Builder chart = Chart.lines(ChartId.PACE, window, paceAxis(modality, units),
                modality.showsSpeed() ? ValueFormat.NUMBER : ValueFormat.CLOCK);
        chart.series(new ChartSeries(modality.showsSpeed() ? "Speed" : "Pace", "pace", ChartSeries.Style.LINE, inside));
        chart.marks(Gaps.find(sources.stream().map(EnduranceRow::date).toList(), window));
        if (!modality.showsSpeed()) {
            chart.inverted().note(Tone.NEUTRAL, "Faster paces are higher.");
        }
        leftOut(chart, withoutDistance);
        return chart.build();
    }

    static ChartResult distance(EnduranceSubject subject, List<EnduranceRow> rows, DateWindow window, Bucket bucket,
            UnitPreferences units) {
        Map<LocalDate, double[]> totals = totals(rows, window, bucket);
        long withoutDistance = rows.stream().filter(r -> window.contains(r.date()) && !r.hasDistance()).count();
        if (totals.values().stream().allMatch(t -> t[0] == 0)) {
            return new ChartResult.Missing(ChartId.DISTANCE, noDistance(subject, withoutDistance, window,
                    "distance"));
        }
        String unit = units.distance().symbol();
        List<ChartPoint> bars = new ArrayList<>();
        totals.forEach((start, t) -> bars.add(ChartPoint.of(start, t[0] / units.distance().metres(),
                bucket.label(start) + "\n" + String.format(Locale.ROOT, "%.1f", t[0] / units.distance().metres())
                        + " " + unit
                        + " in " + Formats.count((long) t[2], "entry", "entries") + " · "
                        + Durations.hoursMinutes(Duration.ofSeconds(Math.round(t[1]))))));
        Chart.Builder chart = Chart.bars(ChartId.DISTANCE, window, bucket, "Distance (" + unit + ")",
                ValueFormat.NUMBER).series(new ChartSeries("Distance", "distance", ChartSeries.Style.BARS, bars));
        leftOut(chart, withoutDistance);
        return chart.build();
    }

    static ChartResult time(List<EnduranceRow> rows, DateWindow window, Bucket bucket) {
        List<ChartPoint> bars = new ArrayList<>();
        totals(rows, window, bucket).forEach((start, t) -> bars.add(ChartPoint.of(start, t[1] / 3600,
                bucket.label(start) + "\n" + Durations.hoursMinutes(Duration.ofSeconds(Math.round(t[1]))) + " in "
                        + Formats.count((long) t[2], "entry", "entries"))));
        return Chart.bars(ChartId.TIME, window, bucket, "Time (h:mm)", ValueFormat.HOURS)
                .series(new ChartSeries("Time", "time", ChartSeries.Style.BARS, bars)).build();
    }

    static ChartResult longest(EnduranceSubject subject, List<EnduranceRow> rows, DateWindow window, Bucket bucket,
            UnitPreferences units) {
        Map<LocalDate, EnduranceRow> longest = new LinkedHashMap<>();
        for (EnduranceRow r : rows) {
            if (r.hasDistance()) {
                longest.merge(bucket.start(r.date()), r, (a, b) -> b.metres() > a.metres() ? b : a);
            }
        }
        List<ChartPoint> points = new ArrayList<>();
        List<EnduranceRow> sources = new ArrayList<>(longest.values());
        for (EnduranceRow r : sources) {
            points.add(ChartPoint.of(r.date(), r.metres() / units.distance().metres(), ""));
        }
        List<ChartPoint> inside = StrengthCharts.inWindow(Records.mark(points, true, "Longest yet"), window,
                i -> "Longest of the " + bucket.noun() + ": " + describe(sources.get(i), units));
        if (inside.isEmpty()) {
            long withoutDistance = rows.stream().filter(r -> window.contains(r.date())).count();
            return new ChartResult.Missing(ChartId.LONG_RUN, noDistance(subject, withoutDistance, window,
                    "longest distance"));
        }
        Chart.Builder chart = Chart.lines(ChartId.LONG_RUN, window, "Distance (" + units.distance().symbol() + ")",
                ValueFormat.NUMBER);
        chart.series(new ChartSeries("Longest per " + bucket.noun(), "long-run", ChartSeries.Style.LINE, inside));
        chart.marks(Gaps.find(inside.stream().map(ChartPoint::date).toList(), window));
        return chart.build();
    }

    /** Per period: metres, seconds, entries. */
    private static Map<LocalDate, double[]> totals(List<EnduranceRow> rows, DateWindow window, Bucket bucket) {
        Map<LocalDate, double[]> totals = new TreeMap<>();
        for (EnduranceRow r : rows) {
            if (window.contains(r.date())) {
                double[] t = totals.computeIfAbsent(bucket.start(r.date()), k -> new double[3]);
                t[0] += r.hasDistance() ? r.metres() : 0;
                t[1] += r.seconds();
                t[2]++;
            }
        }
        return totals;
    }

    private static String whyNothing(EnduranceSubject subject, List<EnduranceRow> rows, DateWindow window) {
        if (rows.isEmpty()) {
            return "No " + subject.phrase() + " logged yet.";
        }
        if (rows.stream().noneMatch(r -> window.contains(r.date()))) {
            LocalDate last = rows.stream().map(EnduranceRow::date).filter(d -> d.isBefore(window.from()))
                    .reduce((a, b) -> b).orElse(null);
            return "No " + subject.phrase() + " " + window.phrase()
                    + (last == null ? "." : "; the last was on " + Formats.date(last) + ".");
        }
        return null;
    }

    private static String noDistance(EnduranceSubject subject, long withoutDistance, DateWindow window,
            String what) {
        return "The " + Formats.count(withoutDistance, "entry", "entries") + " of " + subject.phrase() + " "
                + window.phrase() + " have no distance (logged by time only), so there is no " + what + " to draw.";
    }

    private static void leftOut(Chart.Builder chart, long withoutDistance) {
        if (withoutDistance > 0) {
            chart.note(Tone.NEUTRAL, Formats.count(withoutDistance, "entry", "entries")
                    + " without a distance left out.");
        }
    }

    /** "Tue 3 Nov 2026 · Tempo / threshold\n8.0 km in 40:12 · 5:01 /km · 165 bpm". */
    static String describe(EnduranceRow r, UnitPreferences units) {
        StringBuilder text = new StringBuilder(Formats.day(r.date()));
        text.append(" · ").append(r.purpose() == null ? "Workout" : r.purpose().label()).append('\n');
        Duration time = Duration.ofMillis(Math.round(r.seconds() * 1000));
        if (r.hasDistance()) {
            text.append(units.format(Distance.metres(Math.min(r.metres(), Distance.MAX_METRES)))).append(" in ")
                    .append(Durations.clock(time));
            if (r.secondsPerKilometre() <= Pace.MAX_SECONDS_PER_KM) {
                text.append(" · ").append(units.format(new Pace(r.secondsPerKilometre()), r.modality()));
            }
        } else {
            text.append(Durations.clock(time)).append(", no distance");
        }
        if (r.heartRate() != null) {
            text.append(" · ").append(r.heartRate()).append(" bpm");
        }
        return text.toString();
    }

    /** Speed per hour for rides, else seconds per the sport's pace distance (km or mile, 500 m, 100 m). */
    static double paceValue(Pace pace, Modality modality, UnitPreferences units) {
        if (modality.showsSpeed()) {
            return 3600 / pace.secondsPer(units.distance());
        }
        return modality.paceMetres() > 0 ? pace.secondsPerKilometre() * modality.paceMetres() / 1000
                : pace.secondsPer(units.distance());
    }

    static String paceAxis(Modality modality, UnitPreferences units) {
        if (modality.showsSpeed()) {
            return "Speed (" + (units.distance().symbol().equals("km") ? "km/h" : "mph") + ")";
        }
        return "Pace (min /" + (modality.paceMetres() > 0 ? modality.paceMetres() + " m"
                : units.distance().symbol()) + ")";
    }
}
