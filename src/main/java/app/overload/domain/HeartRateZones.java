package app.overload.domain;

import java.util.Arrays;

/**
 * An athlete's five heart-rate zones in beats per minute, and how each maps onto the three intensities of a
 * polarised view (Seiler): by LTHR, zones 1–2 are easy (below about the first threshold), 3–4 moderate (up to
 * threshold: tempo and threshold work is Seiler's middle zone) and 5 hard; by HRmax, zones 1–3 are easy (below
 * 80 %), 4 moderate and 5 hard (from 90 %).
 */
public final class HeartRateZones {

    private final ZoneScheme scheme;
    private final int reference;
    private final int[] lower;

    HeartRateZones(ZoneScheme scheme, int reference, int[] lower) {
        this.scheme = scheme;
        this.reference = reference;
        this.lower = lower.clone();
    }

    public ZoneScheme scheme() {
        return scheme;
    }

    /** The heart rate the percentages are of: LTHR or HRmax. */
    public int reference() {
        return reference;
    }

    /** The zone (1–5) of a heart rate. */
    public int zoneOf(int bpm) {
        int zone = 1;
        for (int i = 0; i < lower.length && bpm >= lower[i]; i++) {
            zone = i + 2;
        }
        return zone;
    }

    /** The first beat of {@code zone} (2–5); zone 1 begins at 0. */
    public int lowerBound(int zone) {
        return zone <= 1 ? 0 : lower[zone - 2];
    }

    /** "below 145 bpm", "145–152 bpm", "from 170 bpm". */
    public String range(int zone) {
        if (zone <= 1) {
            return "below " + lower[0] + " bpm";
        }
        if (zone >= ZoneScheme.ZONES) {
            return "from " + lower[lower.length - 1] + " bpm";
        }
        return lowerBound(zone) + "–" + (lowerBound(zone + 1) - 1) + " bpm";
    }

    /** The intensity of a zone: see the class comment. */
    public Intensity intensity(int zone) {
        int easyUpTo = scheme.basis() == ZoneBasis.THRESHOLD ? 2 : 3;
        return zone <= easyUpTo ? Intensity.EASY : zone < ZoneScheme.ZONES ? Intensity.MODERATE : Intensity.HARD;
    }

    /** Seconds in each zone (index 0 is zone 1) of a recording. */
    public long[] secondsIn(HeartRateHistogram histogram) {
        long[] seconds = new long[ZoneScheme.ZONES];
        histogram.forEach((bpm, s) -> seconds[zoneOf(bpm) - 1] += s);
        return seconds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeartRateZones z && z.scheme.equals(scheme) && z.reference == reference;
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + reference;
    }

    @Override
    public String toString() {
        return "HeartRateZones" + Arrays.toString(lower) + " of " + reference + " (" + scheme.basis() + ")";
    }
}
