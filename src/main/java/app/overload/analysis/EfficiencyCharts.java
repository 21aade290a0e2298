package app.overload.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.AthleteSettings;
import app.overload.domain.DistanceUnit;
import app.overload.domain.HeartRateZones;
import app.overload.domain.Intensity;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.UnitPreferences;

/**
 * Aerobic efficiency of easy runs: speed ÷ heart rate, which is the distance each heartbeat carries you (Friel's
 * efficiency factor, in metres or yards per beat). As aerobic fitness grows the same pace costs fewer beats, so the
 * line should climb. Only easy runs are compared (an easy, recovery or long-run purpose, or a run whose average
 * heart rate sits in an easy zone), since efficiency at tempo says something else.
 */
public final class EfficiencyCharts {

    /** Runs shorter than this are mostly warm-up: heart rate has not settled. */
    static final double MIN_SECONDS = 15 * 60;
    /** A trend of less than this share over the range is no change. */
    static final double STEADY = 0.02;
    private static final double YARD = 0.9144;

    private EfficiencyCharts() {
    }

    /** @param rows every endurance entry, oldest first (runs are picked out) */
    public static ChartResult build(List<EnduranceRow> rows, AthleteSettings athlete, TimeRange range, LocalDate today,
            UnitPreferences units) {
        HeartRateZones zones = athlete.heartRateZones().orElse(null);
        List<EnduranceRow> easy = rows.stream().filter(r -> isEasyRun(r, zones)).toList();
        DateWindow window = range.window(today, easy.isEmpty() ? null : easy.get(0).date());
        List<ChartPoint> points = new ArrayList<>();
        for (EnduranceRow r : easy) {
            points.add(ChartPoint.of(r.date(), perBeat(r, units), ""));
        }
        List<ChartPoint> inside = StrengthCharts.inWindow(Records.mark(points, true, "Most efficient yet"), window,
                i -> EnduranceCharts.describe(easy.get(i), units) + "\n" + Formats.two(points.get(i).value()) + " "
                        + unit(units) + " per heartbeat");
        if (inside.isEmpty()) {
            return new ChartResult.Missing(ChartId.AEROBIC_EFFICIENCY, "No easy run of 15 minutes or more with a "
                    + "distance and a heart rate " + window.phrase() + (zones == null ? "; without your heart-rate "
                    + "zones only runs with an easy purpose count" : "") + ".");
        }
        Chart.Builder chart = Chart.lines(ChartId.AEROBIC_EFFICIENCY, window, "Distance per heartbeat (" + unit(units)
                + ")", ValueFormat.NUMBER);
        chart.series(new ChartSeries("Easy runs", "efficiency", ChartSeries.Style.LINE, inside));
        chart.marks(Gaps.find(inside.stream().map(ChartPoint::date).toList(), window));
        Optional<Trend> trend = Trend.fit(inside, window.from(), window.to());
        if (trend.isPresent()) {
            Trend t = trend.get();
            chart.series(new ChartSeries("Trend", "trend", ChartSeries.Style.DASHED, List.of(
                    ChartPoint.of(t.first(), t.at(t.first()), "Trend on " + Formats.date(t.first()) + ": "
                            + Formats.two(t.at(t.first()))),
                    ChartPoint.of(t.last(), t.at(t.last()), "Trend on " + Formats.date(t.last()) + ": "
                            + Formats.two(t.at(t.last()))))));
            note(chart, t);
        } else {
            chart.note(Tone.NEUTRAL, "Higher is better: more distance for each heartbeat. A trend needs three easy "
                    + "runs over at least a week.");
        }
        return chart.build();
    }

    private static void note(Chart.Builder chart, Trend t) {
        double change = t.at(t.last()) / t.at(t.first()) - 1;
        String span = "from " + Formats.date(t.first()) + " to " + Formats.date(t.last());
        String over = Formats.percent(Math.abs(change)) + " " + span;
        if (change >= STEADY) {
            chart.note(Tone.GOOD, "Up " + over + ": the same heartbeats carry you further, so your aerobic base is "
                    + "growing.");
        } else if (change <= -STEADY) {
            chart.note(Tone.WARNING, "Down " + over + ". Heat, hills, fatigue or illness all raise the heart rate at "
                    + "a pace; look at your recovery if none of them explains it.");
        } else {
            chart.note(Tone.NEUTRAL, "Steady " + span + " (within 2 %). Higher is better: more distance for each "
                    + "heartbeat.");
        }
    }

    /** A run with what the ratio needs, easy by its purpose, or (without one) by its heart rate's zone. */
    static boolean isEasyRun(EnduranceRow r, HeartRateZones zones) {
        if (r.modality() != Modality.RUN || !r.hasDistance() || r.seconds() < MIN_SECONDS
                || r.averageHeartRate() == null) {
            return false;
        }
        Purpose purpose = r.purpose();
        if (purpose != null && purpose.isEndurance()) {
            return purpose.intensity() == Intensity.EASY;
        }
        return zones != null && zones.intensity(zones.zoneOf(r.averageHeartRate())) == Intensity.EASY;
    }

    /** Metres (or yards) per minute ÷ beats per minute. */
    static double perBeat(EnduranceRow r, UnitPreferences units) {
        double metresPerMinute = r.metres() / (r.seconds() / 60);
        double perBeat = metresPerMinute / r.averageHeartRate();
        return units.distance() == DistanceUnit.MI ? perBeat / YARD : perBeat;
    }

    private static String unit(UnitPreferences units) {
        return units.distance() == DistanceUnit.MI ? "yd" : "m";
    }
}
