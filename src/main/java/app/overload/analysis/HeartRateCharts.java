package app.overload.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.overload.domain.AthleteSettings;
import app.overload.domain.Durations;
import app.overload.domain.HeartRateZones;
import app.overload.domain.ZoneScheme;

/**
 * Time in the athlete's five heart-rate zones per week (or month). A recorded entry counts beat by beat, as its
 * recording gives the seconds at each heart rate; an entry with only an average counts whole in the zone of that
 * average, and the notes say how much time came that way. The zones are today's, applied to every entry, so
 * editing them re-draws the past (docs/decisions/0018).
 */
public final class HeartRateCharts {

    private HeartRateCharts() {
    }

    /** @param rows every endurance entry of every modality, oldest first */
    public static ChartResult zones(List<EnduranceRow> rows, AthleteSettings athlete, TimeRange range,
            LocalDate today) {
        DateWindow window = range.window(today, rows.isEmpty() ? null : rows.get(0).date());
        HeartRateZones zones = athlete.heartRateZones().orElse(null);
        if (zones == null) {
            return new ChartResult.Missing(ChartId.HEART_RATE_ZONES, "Your zones come from your threshold or "
                    + "maximum heart rate: set one in Athlete settings (Logbook menu, Ctrl+,) to see time in zones.");
        }
        // Seconds per period: zones 1–5 from recordings, then from averages alone; entries without heart rate.
        Map<LocalDate, long[]> seconds = new TreeMap<>();
        long[] all = new long[ZoneScheme.ZONES];
        long fromAverages = 0;
        long withoutHeartRate = 0;
        Bucket bucket = Bucket.forWindow(window);
        for (EnduranceRow r : rows) {
            if (!window.contains(r.date())) {
                continue;
            }
            long[] period = seconds.computeIfAbsent(bucket.start(r.date()), k -> new long[ZoneScheme.ZONES]);
            if (r.recording() != null) {
                long[] in = zones.secondsIn(r.recording());
                for (int z = 0; z < in.length; z++) {
                    period[z] += in[z];
                    all[z] += in[z];
                }
            } else if (r.heartRate() != null) {
                long time = Math.round(r.seconds());
                period[zones.zoneOf(r.heartRate()) - 1] += time;
                all[zones.zoneOf(r.heartRate()) - 1] += time;
                fromAverages += time;
            } else {
                withoutHeartRate++;
            }
        }
        long total = 0;
        for (long s : all) {
            total += s;
        }
        if (total == 0) {
            return new ChartResult.Missing(ChartId.HEART_RATE_ZONES, "No endurance work with a heart rate "
                    + window.phrase() + ": import recorded activities (GPX, TCX, FIT) or type the average heart "
                    + "rate when you log.");
        }
        Chart.Builder chart = Chart.bars(ChartId.HEART_RATE_ZONES, window, bucket, "Time (h:mm)", ValueFormat.HOURS);
        for (int z = 1; z <= ZoneScheme.ZONES; z++) {
            chart.series(new ChartSeries(zoneName(zones, z), "zone-" + z, ChartSeries.Style.BARS,
                    bars(seconds, bucket, zones, z)));
        }
        notes(chart, zones, all, total, fromAverages, withoutHeartRate);
        return chart.build();
    }

    /** "Zone 2 (145–152 bpm)". */
    static String zoneName(HeartRateZones zones, int zone) {
        return "Zone " + zone + " (" + zones.range(zone) + ")";
    }

    private static List<ChartPoint> bars(Map<LocalDate, long[]> seconds, Bucket bucket, HeartRateZones zones,
            int zone) {
        List<ChartPoint> bars = new ArrayList<>();
        seconds.forEach((start, s) -> {
            long in = s[zone - 1];
            if (in > 0) {
                long period = 0;
                for (long v : s) {
                    period += v;
                }
                bars.add(ChartPoint.of(start, in / 3600.0, bucket.label(start) + "\n" + zoneName(zones, zone) + ": "
                        + Durations.hoursMinutes(Duration.ofSeconds(in)) + " · " + Formats.percent((double) in / period)
                        + " of the " + bucket.noun() + "'s time with heart rate"));
            }
        });
        return bars;
    }

    private static void notes(Chart.Builder chart, HeartRateZones zones, long[] all, long total, long fromAverages,
            long withoutHeartRate) {
        StringBuilder shares = new StringBuilder();
        for (int z = 1; z <= ZoneScheme.ZONES; z++) {
            shares.append(z == 1 ? "" : ", ").append("Z").append(z).append(' ')
                    .append(Formats.percent((double) all[z - 1] / total));
        }
        ZoneScheme scheme = zones.scheme();
        chart.note(Tone.NEUTRAL, shares + " of " + Durations.hoursMinutes(Duration.ofSeconds(total)) + ". Zones by "
                + scheme.basis().label() + " " + zones.reference() + " bpm" + (scheme.isDefault() ? "" : " (your own "
                + "bounds)") + ".");
        if (fromAverages > 0) {
            chart.note(Tone.NEUTRAL, Durations.hoursMinutes(Duration.ofSeconds(fromAverages)) + " of it from entries "
                    + "with only an average heart rate, each counted whole in the zone of its average.");
        }
        if (withoutHeartRate > 0) {
            chart.note(Tone.NEUTRAL, Formats.count(withoutHeartRate, "entry", "entries") + " without heart rate left "
                    + "out.");
        }
    }
}
