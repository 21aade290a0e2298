package app.overload.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Intensity;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.progression.IntensityZones;
import app.overload.progression.RunningFormulas;

/**
 * Endurance time per week (or month) split into easy, moderate — the grey zone — and hard, by the engine's
 * {@link IntensityZones}: the session's purpose where it has one, else (for runs) pace against the threshold pace of
 * the best effort of the previous {@value #THRESHOLD_DAYS} days. No maximum heart rate is recorded anywhere, so heart
 * rate is not used; what nothing classifies is shown as such rather than guessed.
 */
public final class IntensityCharts {

    static final int THRESHOLD_DAYS = 90;
    private static final Map<Intensity, String[]> NAMES = Map.of(Intensity.EASY, new String[] {"Easy", "easy"},
            Intensity.MODERATE, new String[] {"Moderate (grey zone)", "moderate"},
            Intensity.HARD, new String[] {"Hard", "hard"});

    private IntensityCharts() {
    }

    /** @param rows every endurance entry of every modality, oldest first */
    public static ChartResult build(List<EnduranceRow> rows, TimeRange range, LocalDate today) {
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
        // Milliseconds per period in easy, moderate, hard and not classified; turned into distributions at the end.
        Map<LocalDate, long[]> millis = new TreeMap<>();
        long[] all = new long[4];
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
            Intensity zone = classify(r, r.modality() == Modality.RUN ? threshold(efforts, first, r.date()) : null);
            int slot = zone == null ? 3 : zone.ordinal();
            long time = Math.round(r.seconds() * 1000);
            millis.computeIfAbsent(bucket.start(r.date()), k -> new long[4])[slot] += time;
            all[slot] += time;
        }
        Map<LocalDate, IntensityZones.Distribution> weeks = new TreeMap<>();
        millis.forEach((start, m) -> weeks.put(start, distribution(m)));
        IntensityZones.Distribution total = distribution(all);
        Chart.Builder chart = Chart.bars(ChartId.INTENSITY, window, bucket, "Hours", ValueFormat.NUMBER);
        for (Intensity zone : Intensity.values()) {
            chart.series(new Series(NAMES.get(zone)[0], NAMES.get(zone)[1], Series.Style.BARS,
                    bars(weeks, bucket, zone)));
        }
        chart.series(new Series("Not classified", "unknown", Series.Style.BARS, bars(weeks, bucket, null)));
        notes(chart, total);
        return chart.build();
    }

    private static IntensityZones.Distribution distribution(long[] millis) {
        IntensityZones.Distribution d = IntensityZones.Distribution.empty().plus(null, Duration.ofMillis(millis[3]));
        for (Intensity i : Intensity.values()) {
            d = d.plus(i, Duration.ofMillis(millis[i.ordinal()]));
        }
        return d;
    }

    private static List<ChartPoint> bars(Map<LocalDate, IntensityZones.Distribution> weeks, Bucket bucket,
            Intensity zone) {
        List<ChartPoint> bars = new ArrayList<>();
        weeks.forEach((start, d) -> {
            Duration time = zone == null ? d.unknown() : d.time().get(zone);
            if (!time.isZero()) {
                String name = zone == null ? "Not classified" : NAMES.get(zone)[0];
                String share = zone == null ? "" : " · " + Formats.percent(d.share(zone)) + " of classified time";
                bars.add(ChartPoint.of(start, time.toSeconds() / 3600.0, bucket.label(start) + "\n" + name + ": "
                        + Durations.hoursMinutes(time) + share));
            }
        });
        return bars;
    }

    private static void notes(Chart.Builder chart, IntensityZones.Distribution total) {
        if (total.classified().isZero()) {
            chart.note(Tone.NEUTRAL, "Nothing could be classified: entries need a training purpose, or (for runs) a "
                    + "distance to compare with your threshold pace.");
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
                    + "purpose are only judged for runs with a distance, against your threshold pace.");
        }
    }

    /** Threshold pace from the best run of the last {@value #THRESHOLD_DAYS} days, or null without one. */
    private static Pace threshold(List<RaceCharts.Effort> efforts, int first, LocalDate day) {
        double best = 0;
        for (int i = first; i < efforts.size() && !efforts.get(i).date().isAfter(day); i++) {
            best = Math.max(best, efforts.get(i).vdot());
        }
        return best > 0 ? RunningFormulas.thresholdCeiling(best) : null;
    }

    private static Intensity classify(EnduranceRow r, Pace threshold) {
        try {
            EnduranceEntry entry = new EnduranceEntry(r.modality(), r.hasDistance()
                    ? Distance.metres(Math.min(r.metres(), Distance.MAX_METRES)) : null,
                    Duration.ofMillis(Math.round(r.seconds() * 1000)), r.heartRate(), null, List.of(), "");
            return IntensityZones.classify(entry, r.purpose(), null, threshold);
        } catch (InvalidValueException e) {
            return null; // an entry the domain would refuse today (e.g. imported before a check existed)
        }
    }
}
