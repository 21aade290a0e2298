package app.overload.usecase;

import java.util.Optional;
import java.util.OptionalDouble;

import app.overload.domain.ActivityEntry;
import app.overload.domain.AthleteSettings;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateZones;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Session;
import app.overload.domain.ZoneScheme;
import app.overload.progression.HeartRateLoad;
import app.overload.store.Logbook;

/**
 * A session's heart rate as both front ends show it: average and maximum, time in each of the athlete's zones, and
 * its heart-rate loads. {@code overload sessions --json} prints it; the log form shows it for the session it edits.
 * Zones are the athlete's current ones, applied to each entry's recording (or, without one, its whole time in the
 * zone of its average).
 */
public final class SessionHeartRates {

    /** How time in zones was found. */
    public enum ZonesFrom {
        /** Every entry with a heart rate has a recording: beat by beat. */
        RECORDING("recording"),
        /** No entry has one: each counted whole in the zone of its average. */
        AVERAGE("average"),
        /** Some of each. */
        RECORDING_AND_AVERAGE("recording and average");

        private final String label;

        ZonesFrom(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param averageBpm      time-weighted over the entries with a heart rate
     * @param maxBpm          the highest of the entries' maximums (or recordings), or null when none is known
     * @param secondsInZones  seconds in zones 1 to 5, or null while the athlete's zones are unknown
     * @param zonesFrom       how {@code secondsInZones} was found, or null with it
     * @param trimp           Banister's TRIMP, or null without the maximum and resting heart rate
     * @param hrTss           hrTSS, or null without those and the threshold heart rate
     */
    public record Summary(int averageBpm, Integer maxBpm, long[] secondsInZones, ZonesFrom zonesFrom, Double trimp,
            Double hrTss) {
    }

    private final AthleteSettings athlete;

    public SessionHeartRates(Logbook logbook) {
        this(logbook.settings().athlete());
    }

    public SessionHeartRates(AthleteSettings athlete) {
        this.athlete = athlete;
    }

    public AthleteSettings athlete() {
        return athlete;
    }

    /** The session's heart rate, or empty when none of its entries has one. */
    public Optional<Summary> of(Session session) {
        HeartRateZones zones = athlete.heartRateZones().orElse(null);
        long[] inZones = zones == null ? null : new long[ZoneScheme.ZONES];
        double weighted = 0;
        double seconds = 0;
        Integer max = null;
        int recorded = 0;
        int averaged = 0;
        double trimp = 0;
        double hrTss = 0;
        for (ActivityEntry a : session.entries()) {
            if (!(a instanceof EnduranceEntry e) || !e.hasHeartRate()) {
                continue;
            }
            Integer average = e.averageHeartRate() != null ? e.averageHeartRate()
                    : e.heartRateHistogram() != null ? e.heartRateHistogram().average() : null;
            Integer highest = e.maxHeartRate() != null ? e.maxHeartRate()
                    : e.heartRateHistogram() != null ? Integer.valueOf(e.heartRateHistogram().highest()) : null;
            if (highest != null) {
                max = max == null ? highest : Math.max(max, highest);
            }
            if (average == null) {
                continue; // a maximum alone
            }
            double time = e.duration().toMillis() / 1000.0;
            weighted += average * time;
            seconds += time;
            if (e.heartRateHistogram() != null) {
                recorded++;
                if (zones != null) {
                    long[] in = zones.secondsIn(e.heartRateHistogram());
                    for (int z = 0; z < in.length; z++) {
                        inZones[z] += in[z];
                    }
                }
            } else {
                averaged++;
                if (zones != null) {
                    inZones[zones.zoneOf(average) - 1] += Math.round(time);
                }
            }
            trimp += load(time, average, e, LoadMeasure.TRIMP).orElse(0);
            hrTss += load(time, average, e, LoadMeasure.HR_TSS).orElse(0);
        }
        if (seconds == 0) {
            return Optional.empty();
        }
        ZonesFrom from = zones == null ? null : averaged == 0 ? ZonesFrom.RECORDING : recorded == 0 ? ZonesFrom.AVERAGE
                : ZonesFrom.RECORDING_AND_AVERAGE;
        return Optional.of(new Summary((int) Math.round(weighted / seconds), max, inZones, from,
                athlete.missingFor(LoadMeasure.TRIMP).isPresent() ? null : trimp,
                athlete.missingFor(LoadMeasure.HR_TSS).isPresent() ? null : hrTss));
    }

    private OptionalDouble load(double seconds, int average, EnduranceEntry e, LoadMeasure measure) {
        return HeartRateLoad.of(seconds, average, e.heartRateHistogram(), athlete, measure);
    }
}
