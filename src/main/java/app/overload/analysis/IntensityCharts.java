package app.overload.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.overload.domain.AthleteSettings;
import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateZones;
import app.overload.domain.Intensity;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.progression.IntensityZones;
import app.overload.progression.RunningFormulas;

/**
 * Endurance time per week (or month) split into easy, moderate — the grey zone — and hard, by the engine's
 * {@link IntensityZones}: heart rate where the entry has one and the athlete's zones are known (a recording beat by
 * beat, else the whole entry by its average), else the session's purpose, else (for runs) pace against threshold
 * pace: the athlete's own when set, else that of the best effort of the previous {@value #THRESHOLD_DAYS} days.
 * What nothing classifies is shown as such rather than guessed, and the notes say how much each way told.
 */
public final class IntensityCharts {

    static final int THRESHOLD_DAYS = 90;
    private static final Map<Intensity, String[]> NAMES = Map.of(Intensity.EASY, new String[] {"Easy", "easy"},
            Intensity.MODERATE, new String[] {"Moderate (grey zone)", "moderate"},
            Intensity.HARD, new String[] {"Hard", "hard"});
    private static final int UNKNOWN = 3;
    private static final int METHODS = IntensityZones.Method.values().length;

    private IntensityCharts() {
    }

    /** Without the athlete's heart rates or threshold pace: by purpose, else by pace of the best recent effort. */
    public static ChartResult build(List<EnduranceRow> rows, TimeRange range, LocalDate today) {
        return build(rows, AthleteSettings.NONE, range, today);
    }

    /** @param rows every endurance entry of every modality, oldest first */
    public static ChartResult build(List<EnduranceRow> rows, AthleteSettings athlete, TimeRange range,
            LocalDate today) {
        DateWindow window = range.window(today, rows.isEmpty() ? null : rows.get(0).date());
        if (rows.isEmpty()) {
            return new ChartResult.Missing(ChartId.INTENSITY, "No endurance work logged yet.");
        }
        if (rows.stream().noneMatch(r -> window.contains(r.date()))) {
            LocalDate last = rows.stream().map(EnduranceRow::date).filter(d -> d.isBefore(window.from()))
                    .reduce((a, b) -> b).orElse(null);
            return new ChartResult.Missing(ChartId.INTENSITY, "No endurance work " + window.phrase()
                    + (last == null ? "." : "; the last was on " + Formats.date(last) + "."));
        }
        Bucket bucket = Bucket.forWindow(window);
        HeartRateZones zones = athlete.heartRateZones().orElse(null);
        // Milliseconds per period in easy, moderate, hard and not classified; turned into distributions at the end.
        Map<LocalDate, long[]> millis = new TreeMap<>();
        // Milliseconds per period, by intensity and by the way it was told: [intensity * METHODS + method].
        Map<LocalDate, long[]> told = new TreeMap<>();
        long[] all = new long[4];
        long[] byMethod = new long[METHODS];
        List<RaceCharts.Effort> efforts = RaceCharts.efforts(rows);
        int first = 0;
        for (EnduranceRow r : rows) {
            if (!window.contains(r.date())) {
                continue;
            }
            LocalDate since = r.date().minusDays(THRESHOLD_DAYS - 1L);
            while (first < efforts.size() && efforts.get(first).date().isBefore(since)) {
                first++;
            }
            Pace threshold = r.modality() != Modality.RUN ? null
                    : athlete.thresholdPace() != null ? athlete.thresholdPace() : threshold(efforts, first, r.date());
            IntensityZones.Classified c = classify(r, zones, threshold);
            long[] period = millis.computeIfAbsent(bucket.start(r.date()), k -> new long[4]);
            if (c == null) {
                long time = Math.round(r.seconds() * 1000);
                period[UNKNOWN] += time;
                all[UNKNOWN] += time;
                continue;
            }
            long[] ways = told.computeIfAbsent(bucket.start(r.date()), k -> new long[3 * METHODS]);
            for (Intensity i : Intensity.values()) {
                long time = c.time()[i.ordinal()];
                period[i.ordinal()] += time;
                all[i.ordinal()] += time;
                ways[i.ordinal() * METHODS + c.method().ordinal()] += time;
                byMethod[c.method().ordinal()] += time;
            }
        }
        Map<LocalDate, IntensityZones.Distribution> weeks = new TreeMap<>();
        millis.forEach((start, m) -> weeks.put(start, distribution(m)));
        IntensityZones.Distribution total = distribution(all);
        Chart.Builder chart = Chart.bars(ChartId.INTENSITY, window, bucket, "Time (h:mm)", ValueFormat.HOURS);
        for (Intensity zone : Intensity.values()) {
            chart.series(new ChartSeries(NAMES.get(zone)[0], NAMES.get(zone)[1], ChartSeries.Style.BARS,
                    bars(weeks, told, bucket, zone)));
        }
        chart.series(new ChartSeries("Not classified", "unknown", ChartSeries.Style.BARS, bars(weeks, told, bucket, null)));
        notes(chart, total, byMethod, zones != null);
        return chart.build();
    }

    private static IntensityZones.Distribution distribution(long[] millis) {
        IntensityZones.Distribution d = IntensityZones.Distribution.empty().plus(null, Duration.ofMillis(millis[3]));
        for (Intensity i : Intensity.values()) {
            d = d.plus(i, Duration.ofMillis(millis[i.ordinal()]));
        }
        return d;
    }

    private static List<ChartPoint> bars(Map<LocalDate, IntensityZones.Distribution> weeks,
            Map<LocalDate, long[]> told, Bucket bucket, Intensity zone) {
        List<ChartPoint> bars = new ArrayList<>();
        weeks.forEach((start, d) -> {
            Duration time = zone == null ? d.unknown() : d.time().get(zone);
            if (!time.isZero()) {
                String name = zone == null ? "Not classified" : NAMES.get(zone)[0];
                String share = zone == null ? "" : " · " + Formats.percent(d.share(zone)) + " of classified time"
                        + "\n" + toldBy(told.get(start), zone);
                bars.add(ChartPoint.of(start, time.toMillis() / 3_600_000.0, bucket.label(start) + "\n" + name + ": "
                        + Durations.hoursMinutes(time) + share));
            }
        });
        return bars;
    }

    /** "By heart rate 2 h 10 min, by purpose 30 min". */
    private static String toldBy(long[] ways, Intensity zone) {
        List<String> parts = new ArrayList<>();
        for (IntensityZones.Method m : IntensityZones.Method.values()) {
            long time = ways == null ? 0 : ways[zone.ordinal() * METHODS + m.ordinal()];
            if (time > 0) {
                parts.add("by " + m.label() + " " + Durations.hoursMinutes(Duration.ofMillis(time)));
            }
        }
        String text = String.join(", ", parts);
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void notes(Chart.Builder chart, IntensityZones.Distribution total, long[] byMethod,
            boolean zones) {
        if (total.classified().isZero()) {
            chart.note(Tone.NEUTRAL, "Nothing could be classified: entries need a heart rate"
                    + (zones ? "" : " (with your zones: set a threshold or maximum heart rate in Athlete settings)")
                    + ", a training purpose, or (for runs) a distance to compare with your threshold pace.");
            return;
        }
        String shares = "Easy " + Formats.percent(total.share(Intensity.EASY)) + ", moderate (grey zone) "
                + Formats.percent(total.share(Intensity.MODERATE)) + ", hard "
                + Formats.percent(total.share(Intensity.HARD)) + " of classified time; polarised training is about "
                + "80 / ≤ 5 / 15–20.";
        if (total.moderateDominates()) {
            chart.note(Tone.BAD, shares + " The grey zone dominates: make easy runs easier and hard ones harder.");
        } else if (total.share(Intensity.MODERATE) > 0.10) {
            chart.note(Tone.WARNING, shares);
        } else {
            chart.note(Tone.GOOD, shares);
        }
        if (!total.unknown().isZero()) {
            chart.note(Tone.NEUTRAL, Durations.hoursMinutes(total.unknown()) + " not classified: workouts without a "
                    + "heart rate" + (zones ? "" : " and zones") + " or a purpose are only judged for runs with a "
                    + "distance, against your threshold pace.");
        }
        List<String> ways = new ArrayList<>();
        for (IntensityZones.Method m : IntensityZones.Method.values()) {
            if (byMethod[m.ordinal()] > 0) {
                ways.add(m.label() + " " + Durations.hoursMinutes(Duration.ofMillis(byMethod[m.ordinal()])));
            }
        }
        chart.note(Tone.NEUTRAL, "Told by " + String.join(", by ", ways) + (zones ? "." : ". Set your threshold or "
                + "maximum heart rate in Athlete settings to tell by heart rate."));
    }

    /** Threshold pace from the best run of the last {@value #THRESHOLD_DAYS} days, or null without one. */
    private static Pace threshold(List<RaceCharts.Effort> efforts, int first, LocalDate day) {
        double best = 0;
        for (int i = first; i < efforts.size() && !efforts.get(i).date().isAfter(day); i++) {
            best = Math.max(best, efforts.get(i).vdot());
        }
        return best > 0 ? RunningFormulas.thresholdCeiling(best) : null;
    }

    private static IntensityZones.Classified classify(EnduranceRow r, HeartRateZones zones, Pace threshold) {
        try {
            EnduranceEntry entry = new EnduranceEntry(r.modality(), r.hasDistance()
                    ? Distance.metres(Math.min(r.metres(), Distance.MAX_METRES)) : null,
                    Duration.ofMillis(Math.round(r.seconds() * 1000)), r.heartRate(), null, List.of(), "", null,
                    r.recording());
            return IntensityZones.timeOf(entry, r.purpose(), zones, threshold);
        } catch (InvalidValueException e) {
            return null; // an entry the domain would refuse today (e.g. imported before a check existed)
        }
    }
}
