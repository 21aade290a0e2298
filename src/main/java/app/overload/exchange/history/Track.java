package app.overload.exchange.history;

import java.time.Instant;

import app.overload.domain.HeartRateHistogram;

/**
 * Sums over the points of a recorded track as they stream past: distance by the haversine formula, elevation
 * gain with a noise threshold, average and highest heart rate, the seconds at each heart rate, first and last time.
 * Nothing per point is kept.
 */
final class Track {

    /**
     * A longer silence between two points is a pause (the watch stopped for a coffee or a ferry), not time at the
     * heart rate before it. Devices record every second, every few seconds with "smart recording", and some every
     * minute to save battery, so anything up to two minutes counts; a short stop at a light counts at the heart rate
     * it began with, which moves a minute's worth between neighbouring zones at most.
     */
    static final double PAUSE_SECONDS = 120;

    /** GPS and barometric altitude jitter by a metre or two; climbs smaller than this are noise. */
    static final double ELEVATION_THRESHOLD_M = 3.0;
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private double distance;
    private Double lastLat;
    private Double lastLon;
    private double gain;
    private Double elevationBase;
    private long heartRateSum;
    private int heartRateCount;
    private int highestHeartRate;
    private final HeartRateHistogram.Builder recording = new HeartRateHistogram.Builder();
    private boolean recorded;
    private Instant sampleTime;
    private Integer sampleBpm;
    private Instant first;
    private Instant last;
    private int points;

    void position(double lat, double lon) {
        if (lastLat != null) {
            distance += haversine(lastLat, lastLon, lat, lon);
        }
        lastLat = lat;
        lastLon = lon;
    }

    /**
     * Counts a climb only once it rises {@link #ELEVATION_THRESHOLD_M} above the lowest point since the last
     * counted climb; any descent lowers that base at once.
     */
    void elevation(double metres) {
        if (elevationBase == null || metres < elevationBase) {
            elevationBase = metres;
        } else if (metres - elevationBase >= ELEVATION_THRESHOLD_M) {
            gain += metres - elevationBase;
            elevationBase = metres;
        }
    }

    void heartRate(int bpm) {
        if (bpm >= 25 && bpm <= 250) {
            heartRateSum += bpm;
            heartRateCount++;
            highestHeartRate = Math.max(highestHeartRate, bpm);
        }
    }

    /**
     * A point with a time, and its heart rate or null: the time from the point before it counts at that point's
     * heart rate (the rate holds until the next reading), unless it is a pause or the point before had none.
     */
    void sample(Instant time, Integer bpm) {
        if (sampleTime != null && !time.isAfter(sampleTime)) {
            return; // a point out of order or repeated adds no time
        }
        if (sampleTime != null && sampleBpm != null) {
            double gap = (time.toEpochMilli() - sampleTime.toEpochMilli()) / 1000.0;
            if (gap <= PAUSE_SECONDS) {
                recording.add(sampleBpm, gap);
                recorded = true;
            }
        }
        sampleTime = time;
        sampleBpm = bpm != null && bpm >= 25 && bpm <= 250 ? bpm : null;
    }

    void time(Instant t) {
        if (first == null || t.isBefore(first)) {
            first = t;
        }
        if (last == null || t.isAfter(last)) {
            last = t;
        }
    }

    void countPoint() {
        points++;
    }

    int points() {
        return points;
    }

    double distanceMetres() {
        return distance;
    }

    Double elevationGain() {
        return elevationBase == null ? null : gain;
    }

    Integer averageHeartRate() {
        return heartRateCount == 0 ? null : (int) Math.round((double) heartRateSum / heartRateCount);
    }

    /** The highest heart rate of any point, or null without one. */
    Integer highestHeartRate() {
        return highestHeartRate == 0 ? null : highestHeartRate;
    }

    /** Seconds at each heart rate between points with times, or null when no two such points had one. */
    HeartRateHistogram recording() {
        return recorded ? recording.build().orElse(null) : null;
    }

    Instant first() {
        return first;
    }

    Instant last() {
        return last;
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
