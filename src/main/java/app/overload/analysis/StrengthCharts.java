package app.overload.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;

/**
 * The charts of one exercise: estimated 1RM with the best set of each session, personal records and the block's
 * goal with a projection; and volume per week (or month). Records are found over the whole history, so a record in
 * the last 4 weeks is a record of all time.
 */
public final class StrengthCharts {

    /** Most points a line gets; more are downsampled (LTTB) with records and extremes kept. */
    public static final int MAX_POINTS = 300;

    private StrengthCharts() {
    }

    /**
     * @param rows every logged set of the exercise, oldest first
     * @param goals the goals of all blocks; those about this exercise are drawn
     */
    public static List<ChartResult> build(ExerciseSubject exercise, List<LoggedSetRow> rows, List<GoalRow> goals,
            TimeRange range, LocalDate today, UnitPreferences units) {
        List<SessionSets> sessions = SessionSets.group(rows);
        DateWindow window = range.window(today, sessions.isEmpty() ? null : sessions.get(0).date());
        return List.of(estimatedMax(exercise, sessions, goals, window, today, units),
                volume(exercise, sessions, window, units));
    }

    static ChartResult estimatedMax(ExerciseSubject exercise, List<SessionSets> sessions, List<GoalRow> goals,
            DateWindow window, LocalDate today, UnitPreferences units) {
        String missing = whyNothing(exercise.name(), sessions, window, true);
        if (missing != null) {
            return new ChartResult.Missing(ChartId.ESTIMATED_MAX, missing);
        }
        List<SessionSets> used = new ArrayList<>();
        List<SessionSets.Best> bests = new ArrayList<>();
        List<ChartPoint> estimates = new ArrayList<>();
        List<ChartPoint> bestSets = new ArrayList<>();
        for (SessionSets s : sessions) {
            SessionSets.Best best = s.best();
            if (best != null) {
                used.add(s);
                bests.add(best);
                estimates.add(ChartPoint.of(s.date(), display(best.kilograms(), units), ""));
                bestSets.add(ChartPoint.of(s.date(), display(best.set().kilograms(), units), ""));
            }
        }
        List<ChartPoint> marked = Records.mark(estimates, true, "Personal record");
        Chart.Builder chart = Chart.lines(ChartId.ESTIMATED_MAX, window, "Load (" + units.mass().symbol() + ")",
                ValueFormat.NUMBER);
        chart.series(new ChartSeries("Estimated 1RM", "e1rm", ChartSeries.Style.LINE, inWindow(marked, window, i -> {
            SessionSets.Best best = bests.get(i);
            return Formats.day(used.get(i).date()) + "\nEstimated 1RM " + mass(best.kilograms(), units) + " from "
                    + describe(best.set(), units) + (best.set().rpe() == null ? " (Epley)" : "");
        })));
        chart.series(new ChartSeries("Best set load", "best-set", ChartSeries.Style.LINE, inWindow(bestSets, window,
                i -> Formats.day(used.get(i).date()) + "\nBest set " + describe(bests.get(i).set(), units) + " · "
                        + Formats.count(used.get(i).workSets(), "working set", "working sets"))));
        chart.marks(Gaps.find(sessions.stream().map(SessionSets::date).toList(), window));
        long records = marked.stream().filter(p -> p.record() && window.contains(p.date())).count();
        if (records > 0) {
            chart.note(Tone.GOOD, Formats.count(records, "personal record", "personal records") + " "
                    + window.phrase() + " (starred).");
        }
        Goals.relevant(goals, g -> StrengthGoalLine.targets(g.goal(), exercise.exercise()), window, today)
                .ifPresent(goal -> StrengthGoalLine.draw(chart, goal, marked, today, units, exercise.name()));
        return chart.build();
    }

    static ChartResult volume(ExerciseSubject exercise, List<SessionSets> sessions, DateWindow window,
            UnitPreferences units) {
        String missing = whyNothing(exercise.name(), sessions, window, false);
        if (missing != null) {
            return new ChartResult.Missing(ChartId.VOLUME, missing);
        }
        Bucket bucket = Bucket.forWindow(window);
        Map<LocalDate, double[]> totals = new TreeMap<>();
        for (SessionSets s : sessions) {
            if (window.contains(s.date())) {
                double[] t = totals.computeIfAbsent(bucket.start(s.date()), k -> new double[2]);
                t[0] += s.volumeKilograms();
                t[1] += s.workSets();
            }
        }
        List<ChartPoint> bars = new ArrayList<>();
        totals.forEach((start, t) -> bars.add(ChartPoint.of(start, display(t[0], units), bucket.label(start) + "\n"
                + Formats.whole(display(t[0], units)) + " " + units.mass().symbol() + " in "
                + Formats.count((long) t[1], "working set", "working sets"))));
        return Chart.bars(ChartId.VOLUME, window, bucket, "Volume (" + units.mass().symbol() + ")", ValueFormat.NUMBER)
                .series(new ChartSeries("Volume", "volume", ChartSeries.Style.BARS, bars)).build();
    }

    /**
     * Why there is nothing to draw, or null when there is: no sets at all, none in the window, only warm-ups, only
     * failed sets without a rep, or only sets without load.
     */
    private static String whyNothing(String name, List<SessionSets> sessions, DateWindow window, boolean estimate) {
        if (sessions.isEmpty()) {
            return "No sets of " + name + " logged yet.";
        }
        List<SessionSets> inside = sessions.stream().filter(s -> window.contains(s.date())).toList();
        if (inside.isEmpty()) {
            LocalDate last = sessions.stream().map(SessionSets::date).filter(d -> d.isBefore(window.from()))
                    .reduce((a, b) -> b).orElse(null);
            return "No " + name + " sessions " + window.phrase()
                    + (last == null ? "." : "; the last was on " + Formats.date(last) + ".");
        }
        if (inside.stream().allMatch(SessionSets::onlyWarmUps)) {
            return "Only warm-up sets of " + name + " " + window.phrase() + (estimate
                    ? ": an estimate needs working sets." : ": warm-ups do not count as volume.");
        }
        boolean loaded = inside.stream().anyMatch(s -> s.best() != null);
        boolean completed = inside.stream().flatMap(s -> s.sets().stream()).anyMatch(r -> r.isWork() && r.reps() > 0);
        if (!loaded && !completed) {
            return "Every working set of " + name + " " + window.phrase() + " was failed without a completed rep, "
                    + "so there is nothing to " + (estimate ? "estimate a max from." : "add up as volume.");
        }
        if (!loaded) {
            return name + " was done without load (body weight) " + window.phrase()
                    + ", so there is no load to " + (estimate ? "estimate a max from." : "add up as volume.");
        }
        return null;
    }

    /**
     * The points (in date order) inside the window, downsampled, with labels written for those kept; {@code label}
     * takes an index into {@code points}.
     */
    static List<ChartPoint> inWindow(List<ChartPoint> points, DateWindow window, IntFunction<String> label) {
        int from = 0;
        while (from < points.size() && points.get(from).date().isBefore(window.from())) {
            from++;
        }
        int to = from;
        while (to < points.size() && !points.get(to).date().isAfter(window.to())) {
            to++;
        }
        int offset = from;
        return Downsample.lttb(points.subList(from, to), MAX_POINTS, i -> label.apply(i + offset));
    }

    /** "100 kg × 5 @ RPE 8". */
    static String describe(LoggedSetRow set, UnitPreferences units) {
        return units.format(Mass.kilograms(set.kilograms())) + " × " + set.reps()
                + (set.rpe() == null ? "" : " @ RPE " + UnitPreferences.number(set.rpe(), 1));
    }

    /** Kilograms in the user's unit; volumes exceed what a {@link Mass} holds, so this converts plain numbers. */
    static double display(double kilograms, UnitPreferences units) {
        return units.mass() == MassUnit.KG ? kilograms : kilograms / Mass.KILOGRAMS_PER_POUND;
    }

    /** "116.7 kg": estimates keep one decimal. */
    static String mass(double kilograms, UnitPreferences units) {
        return UnitPreferences.number(display(kilograms, units), 1) + " " + units.mass().symbol();
    }
}
