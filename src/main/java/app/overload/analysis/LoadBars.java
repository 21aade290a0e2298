package app.overload.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.overload.domain.LoadMeasure;

/**
 * Session load per week (or month) in a heart-rate measure, stacked by where each session's load came from: its
 * heart rate, or — for sessions without one — its RPE × minutes scaled to the measure, drawn apart so the estimate
 * is never mistaken for a measurement.
 */
final class LoadBars {

    private LoadBars() {
    }

    static ChartResult fromHeartRate(SessionLoads loads, DateWindow window) {
        Bucket bucket = Bucket.forWindow(window);
        LoadMeasure measure = loads.measure();
        Map<LocalDate, double[]> totals = new TreeMap<>();
        long fallback = 0;
        long none = 0;
        for (int i = 0; i < loads.size(); i++) {
            SessionRow s = loads.session(i);
            if (!window.contains(s.date())) {
                continue;
            }
            double[] t = totals.computeIfAbsent(bucket.start(s.date()), k -> new double[2]);
            switch (loads.source(i)) {
                case HEART_RATE -> t[0] += loads.load(i);
                case RPE -> {
                    t[1] += loads.load(i);
                    fallback++;
                }
                default -> none++;
            }
        }
        if (totals.values().stream().allMatch(t -> t[0] + t[1] == 0)) {
            return new ChartResult.Missing(ChartId.LOAD, "No session with a heart rate or an RPE " + window.phrase()
                    + ": " + measure.unit() + " comes from heart rate, RPE × minutes stands in without one.");
        }
        List<ChartPoint> measured = new ArrayList<>();
        List<ChartPoint> estimated = new ArrayList<>();
        totals.forEach((start, t) -> {
            String head = bucket.label(start) + "\n";
            String total = " of " + Formats.whole(t[0] + t[1]) + " " + measure.unit() + " in all";
            measured.add(ChartPoint.of(start, t[0], head + "From heart rate " + Formats.whole(t[0]) + total));
            estimated.add(ChartPoint.of(start, t[1], head + "From RPE (no heart rate) " + Formats.whole(t[1])
                    + total));
        });
        Chart.Builder chart = Chart.bars(ChartId.LOAD, window, bucket, "Load (" + measure.unit() + ")",
                ValueFormat.NUMBER)
                .series(new ChartSeries("From heart rate", "hr-load", ChartSeries.Style.BARS, measured))
                .series(new ChartSeries("From RPE (no heart rate)", "rpe-load", ChartSeries.Style.BARS, estimated));
        if (fallback > 0) {
            chart.note(Tone.NEUTRAL, Formats.count(fallback, "session", "sessions") + " without heart rate "
                    + (fallback == 1 ? "counts its" : "count their") + " RPE × minutes" + scaled(loads) + ".");
        }
        if (none > 0) {
            chart.note(Tone.NEUTRAL, Formats.count(none, "session", "sessions") + " with neither heart rate nor RPE "
                    + (none == 1 ? "adds" : "add") + " no load.");
        }
        return chart.build();
    }

    /** " × 0.24, your own ratio of hrTSS to RPE × minutes over 40 sessions that have both". */
    private static String scaled(SessionLoads loads) {
        if (loads.pairs() < SessionLoads.MIN_PAIRS) {
            return " as it is: fewer than " + SessionLoads.MIN_PAIRS + " sessions have both a heart rate and an RPE "
                    + "to scale it to " + loads.measure().unit() + " by";
        }
        return " × " + Formats.two(loads.rpeScale()) + ", your own ratio of " + loads.measure().unit() + " to RPE × "
                + "minutes over the " + loads.pairs() + " sessions that have both";
    }

    /** What the heart-rate measure is, for the notes of the load chart. */
    static List<Note> measureNotes(SessionLoads loads) {
        String what = loads.measure() == LoadMeasure.HR_TSS
                ? "hrTSS: Banister's TRIMP scaled so an hour at your threshold heart rate is 100."
                : "Banister's TRIMP: minutes weighted by how far into your heart-rate reserve they were.";
        return List.of(new Note(Tone.NEUTRAL, "Load is " + what + " Fitness, fatigue, form, the ratio, monotony and "
                + "strain all follow it; choose the measure in Athlete settings."));
    }
}
