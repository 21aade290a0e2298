package app.overload.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import app.overload.domain.AthleteSettings;
import app.overload.domain.LoadMeasure;
import app.overload.progression.DailyLoads;
import app.overload.progression.FitnessFatigue;

/**
 * Load and recovery: session load per period, the acute:chronic ratio with its sweet spot, monotony and strain per
 * week, and fitness, fatigue and form. All come from one daily series ({@link DailyLoads}) that starts at the first
 * session, so the averages of a short range are warmed up by the history before it.
 */
public final class LoadCharts {

    static final double SWEET_SPOT_LOW = 0.8;
    static final double SWEET_SPOT_HIGH = 1.3;
    static final double RATIO_WARNING = 1.5;
    static final double MONOTONY_WARNING = 2.0;

    private LoadCharts() {
    }

    /** @param sessions every session, oldest first; loads are RPE × minutes */
    public static List<ChartResult> build(List<SessionRow> sessions, TimeRange range, LocalDate today) {
        return build(SessionLoads.of(sessions, List.of(), AthleteSettings.NONE), AthleteSettings.NONE, range, today,
                List.of(), List.of());
    }

    /**
     * @param sessions  every session, oldest first
     * @param endurance every endurance entry, for heart-rate loads
     * @param athlete   the chosen load measure and the heart rates it needs
     */
    public static List<ChartResult> build(List<SessionRow> sessions, List<EnduranceRow> endurance,
            AthleteSettings athlete, TimeRange range, LocalDate today) {
        return build(SessionLoads.of(sessions, endurance, athlete), athlete, range, today, List.of(), List.of());
    }

    /**
     * The charts in RPE × minutes, with fitness, fatigue, form and the acute:chronic ratio carried on past today
     * (dashed) from the load the planned sessions still to come will bring ({@link LoadAhead}).
     *
     * @param planned planned sessions nothing fulfils yet; those after today are projected
     * @param goals   the blocks' goals: the projection runs to the goal dates of the blocks running today
     */
    public static List<ChartResult> build(List<SessionRow> sessions, TimeRange range, LocalDate today,
            List<PlannedRow> planned, List<GoalRow> goals) {
        return build(SessionLoads.of(sessions, List.of(), AthleteSettings.NONE), AthleteSettings.NONE, range, today,
                planned, goals);
    }

    /** All of them: the chosen load measure, and the projection ahead where the measure allows one. */
    public static List<ChartResult> build(List<SessionRow> sessions, List<EnduranceRow> endurance,
            AthleteSettings athlete, TimeRange range, LocalDate today, List<PlannedRow> planned, List<GoalRow> goals) {
        return build(SessionLoads.of(sessions, endurance, athlete), athlete, range, today, planned, goals);
    }

    private static List<ChartResult> build(SessionLoads loads, AthleteSettings athlete, TimeRange range,
            LocalDate today, List<PlannedRow> planned, List<GoalRow> goals) {
        List<SessionRow> sessions = new ArrayList<>(loads.size());
        for (int i = 0; i < loads.size(); i++) {
            sessions.add(loads.session(i));
        }
        DateWindow window = range.window(today, sessions.isEmpty() ? null : sessions.get(0).date());
        String missing = whyNothing(sessions, loads, window);
        if (missing != null) {
            return List.of(new ChartResult.Missing(ChartId.LOAD, missing),
                    new ChartResult.Missing(ChartId.ACUTE_CHRONIC, missing),
                    new ChartResult.Missing(ChartId.MONOTONY, missing),
                    new ChartResult.Missing(ChartId.STRAIN, missing),
                    new ChartResult.Missing(ChartId.FITNESS_FATIGUE, missing));
        }
        LocalDate first = sessions.get(0).date();
        DailyLoads daily = daily(loads, first, window.to());
        ChartResult load = loads.measure().fromHeartRate() ? LoadBars.fromHeartRate(loads, window)
                : load(sessions, window);
        // The planned sessions' load ahead is reckoned in RPE x minutes (their purpose's usual RPE); it is drawn
        // only beside loads in the same measure, never added to TRIMP or hrTSS.
        LoadAhead ahead = window.to().equals(today) && !loads.measure().fromHeartRate()
                ? LoadAhead.of(sessions, planned, goals, today) : null;
        return List.of(withMeasureNotes(load, loads, athlete), Projection.ratio(ratio(daily, window), daily, ahead),
                Weekly.monotony(daily, window), Weekly.strain(daily, window),
                Projection.fitness(fitness(daily, window, loads.measure()), daily, ahead));
    }

    /** The daily series from {@code first} to {@code last}; sessions without RPE add nothing. */
    static DailyLoads daily(List<SessionRow> sessions, LocalDate first, LocalDate last) {
        return daily(SessionLoads.of(sessions, List.of(), AthleteSettings.NONE), first, last);
    }

    /** The daily series from {@code first} to {@code last}; sessions without a load add nothing. */
    static DailyLoads daily(SessionLoads loads, LocalDate first, LocalDate last) {
        double[] days = new double[(int) ChronoUnit.DAYS.between(first, last) + 1];
        for (int s = 0; s < loads.size(); s++) {
            int i = (int) ChronoUnit.DAYS.between(first, loads.session(s).date());
            if (i >= 0 && i < days.length) {
                days[i] += loads.load(s);
            }
        }
        return new DailyLoads(first, days);
    }

    /** Says which measure the loads are in, and why it is not the chosen one when its heart rates are missing. */
    private static ChartResult withMeasureNotes(ChartResult load, SessionLoads loads, AthleteSettings athlete) {
        if (!(load instanceof ChartResult.Data data)) {
            return load;
        }
        List<Note> notes = new ArrayList<>(data.chart().notes());
        athlete.missingFor(athlete.loadMeasure()).ifPresent(why -> notes.add(new Note(Tone.WARNING, why
                + " Loads are RPE × minutes until it is set in Athlete settings (Logbook menu, Ctrl+,).")));
        if (loads.measure().fromHeartRate()) {
            notes.addAll(LoadBars.measureNotes(loads));
        }
        Chart c = data.chart();
        return new ChartResult.Data(new Chart(c.id(), c.title(), c.kind(), c.from(), c.to(), c.axisLabel(),
                c.format(), c.bucket(), c.series(), c.marks(), notes, c.inverted()));
    }

    static ChartResult load(List<SessionRow> sessions, DateWindow window) {
        Bucket bucket = Bucket.forWindow(window);
        Map<LocalDate, double[]> totals = new TreeMap<>();
        long withoutRpe = 0;
        for (SessionRow s : sessions) {
            if (window.contains(s.date())) {
                double[] t = totals.computeIfAbsent(bucket.start(s.date()), k -> new double[2]);
                t[s.training() ? 0 : 1] += s.load().orElse(0);
                withoutRpe += s.rpe() == null ? 1 : 0;
            }
        }
        if (totals.values().stream().allMatch(t -> t[0] + t[1] == 0)) {
            return new ChartResult.Missing(ChartId.LOAD, "No session RPE " + window.phrase()
                    + ": load is RPE × minutes, so sessions need an RPE to count.");
        }
        List<ChartPoint> training = new ArrayList<>();
        List<ChartPoint> workouts = new ArrayList<>();
        totals.forEach((start, t) -> {
            String head = bucket.label(start) + "\n";
            String total = " of " + Formats.whole(t[0] + t[1]) + " in all";
            training.add(ChartPoint.of(start, t[0], head + "Training " + Formats.whole(t[0]) + total));
            workouts.add(ChartPoint.of(start, t[1], head + "Workouts " + Formats.whole(t[1]) + total));
        });
        Chart.Builder chart = Chart.bars(ChartId.LOAD, window, bucket, "Load (RPE × min)", ValueFormat.NUMBER)
                .series(new ChartSeries("Training", "training", ChartSeries.Style.BARS, training))
                .series(new ChartSeries("Workouts", "workout", ChartSeries.Style.BARS, workouts));
        if (withoutRpe > 0) {
            chart.note(Tone.NEUTRAL, Formats.count(withoutRpe, "session", "sessions") + " without an RPE "
                    + (withoutRpe == 1 ? "adds" : "add") + " no load.");
        }
        return chart.build();
    }

    static ChartResult ratio(DailyLoads loads, DateWindow window) {
        // Before four weeks of history the chronic load counts days before the first session as rest.
        LocalDate start = loads.first().plusDays(27);
        List<ChartPoint> points = new ArrayList<>();
        for (LocalDate d = later(window.from(), start); !d.isAfter(window.to()); d = d.plusDays(1)) {
            OptionalDouble ratio = loads.acuteChronicRatio(d);
            if (ratio.isPresent()) {
                points.add(ChartPoint.of(d, ratio.getAsDouble(), ""));
            }
        }
        // Ten years are 3,650 daily points; only those that survive downsampling get their tooltip written.
        points = Downsample.lttb(points, StrengthCharts.MAX_POINTS).stream().map(p -> p.withLabel(Formats.day(p.date())
                + "\nRatio " + Formats.two(p.value()) + ": last 7 days " + Formats.whole(loads.sum(p.date(), 7))
                + " ÷ weekly average of 28 days " + Formats.whole(loads.sum(p.date(), 28) / 4))).toList();
        if (points.isEmpty()) {
            return new ChartResult.Missing(ChartId.ACUTE_CHRONIC, "The ratio compares the last week with the last "
                    + "four, so it starts four weeks after the first session (" + Formats.date(start)
                    + ") and needs load in those weeks.");
        }
        Chart.Builder chart = Chart.lines(ChartId.ACUTE_CHRONIC, window, "Acute ÷ chronic", ValueFormat.NUMBER)
                .mark(new Mark.Band(SWEET_SPOT_LOW, SWEET_SPOT_HIGH, "Sweet spot 0.8–1.3", "sweet-spot"))
                .mark(new Mark.Guide(RATIO_WARNING, "Warning above 1.5", "danger"))
                .series(new ChartSeries("Acute:chronic ratio", "ratio", ChartSeries.Style.LINE, points));
        ChartPoint last = points.get(points.size() - 1);
        String latest = "Latest (" + Formats.date(last.date()) + "): " + Formats.two(last.value());
        if (last.value() > RATIO_WARNING) {
            chart.note(Tone.BAD, latest + ", above 1.5: load is rising much faster than you are used to.");
        } else if (last.value() > SWEET_SPOT_HIGH) {
            chart.note(Tone.WARNING, latest + ", above the 0.8–1.3 sweet spot.");
        } else if (last.value() >= SWEET_SPOT_LOW) {
            chart.note(Tone.GOOD, latest + ", inside the 0.8–1.3 sweet spot.");
        } else {
            chart.note(Tone.NEUTRAL, latest + ", below 0.8: less load than usual (recovery, taper or a break).");
        }
        return chart.build();
    }

    static ChartResult fitness(DailyLoads loads, DateWindow window) {
        return fitness(loads, window, LoadMeasure.SESSION_RPE);
    }

    static ChartResult fitness(DailyLoads loads, DateWindow window, LoadMeasure measure) {
        FitnessFatigue pmc = loads.fitnessFatigue();
        List<ChartPoint> fitness = new ArrayList<>();
        List<ChartPoint> fatigue = new ArrayList<>();
        List<ChartPoint> form = new ArrayList<>();
        for (LocalDate d = later(window.from(), loads.first()); !d.isAfter(window.to()); d = d.plusDays(1)) {
            fitness.add(ChartPoint.of(d, pmc.fitness(d), ""));
            fatigue.add(ChartPoint.of(d, pmc.fatigue(d), ""));
            form.add(ChartPoint.of(d, pmc.form(d), ""));
        }
        if (fitness.stream().allMatch(p -> p.value() == 0)) {
            return new ChartResult.Missing(ChartId.FITNESS_FATIGUE, (measure.fromHeartRate()
                    ? "No load " : "No session RPE ") + window.phrase() + " or before: fitness and fatigue are "
                    + "averages of " + (measure.fromHeartRate() ? measure.unit() : "RPE × minutes") + ".");
        }
        LocalDate last = window.to();
        return Chart.lines(ChartId.FITNESS_FATIGUE, window, measure.fromHeartRate() ? measure.unit() + " per day"
                : "Load per day", ValueFormat.NUMBER)
                .series(new ChartSeries("Fitness (42 d)", "fitness", ChartSeries.Style.LINE, labelled(fitness, pmc)))
                .series(new ChartSeries("Fatigue (7 d)", "fatigue", ChartSeries.Style.LINE, labelled(fatigue, pmc)))
                .series(new ChartSeries("Form", "form", ChartSeries.Style.LINE, labelled(form, pmc)))
                .note(Tone.NEUTRAL, "On " + Formats.date(last) + ": fitness " + Formats.one(pmc.fitness(last))
                        + ", fatigue " + Formats.one(pmc.fatigue(last)) + ", form "
                        + Formats.one(pmc.form(last)) + ". Form below zero means fatigue outweighs fitness.")
                .build();
    }

    /** Downsamples a daily series, then writes the tooltips of the points that are left. */
    private static List<ChartPoint> labelled(List<ChartPoint> daily, FitnessFatigue pmc) {
        return Downsample.lttb(daily, StrengthCharts.MAX_POINTS).stream().map(p -> p.withLabel(Formats.day(p.date())
                + "\nFitness " + Formats.one(pmc.fitness(p.date())) + " · fatigue "
                + Formats.one(pmc.fatigue(p.date())) + " · form " + Formats.one(pmc.form(p.date())))).toList();
    }

    private static String whyNothing(List<SessionRow> sessions, SessionLoads loads, DateWindow window) {
        if (sessions.isEmpty()) {
            return "No sessions logged yet.";
        }
        if (sessions.stream().noneMatch(s -> window.contains(s.date()))) {
            LocalDate last = sessions.stream().map(SessionRow::date).filter(d -> d.isBefore(window.from()))
                    .reduce((a, b) -> b).orElse(null);
            return "No sessions " + window.phrase() + (last == null ? "." : "; the last was on "
                    + Formats.date(last) + ".");
        }
        if (!loads.any()) {
            return loads.measure().fromHeartRate() ? "No session has a heart rate or an RPE: log how hard sessions "
                    + "felt, or their heart rate, to see their load."
                    : "No session has an RPE: load is RPE × minutes, so log how hard sessions felt to see it.";
        }
        return null;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Sundays in the window, each the end of a Monday-to-Sunday week. */
    static List<LocalDate> weekEnds(DateWindow window) {
        List<LocalDate> ends = new ArrayList<>();
        for (LocalDate d = window.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !d.isAfter(window.to());
                d = d.plusWeeks(1)) {
            ends.add(d);
        }
        return ends;
    }
}
