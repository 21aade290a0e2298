package app.overload.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Thins long series for drawing with Steinarsson's largest-triangle-three-buckets (LTTB), which keeps the shape of
 * a line far better than taking every k-th point. On top of LTTB it always keeps the first and last point, the
 * lowest and the highest, and every personal record, so no extreme or record disappears from a ten-year chart.
 */
public final class Downsample {

    /** Fewest points a result may be asked to have: first, last, lowest and highest. */
    public static final int MIN_POINTS = 4;

    private Downsample() {
    }

    /** At most {@code max} of {@code points} (which are in date order), in the same order. */
    public static List<ChartPoint> lttb(List<ChartPoint> points, int max) {
        if (max < MIN_POINTS) {
            throw new IllegalArgumentException("Downsampling needs room for at least " + MIN_POINTS + " points.");
        }
        int n = points.size();
        if (n <= max) {
            return points;
        }
        boolean[] keep = new boolean[n];
        int lowest = 0;
        int highest = 0;
        for (int i = 0; i < n; i++) {
            double v = points.get(i).value();
            lowest = v < points.get(lowest).value() ? i : lowest;
            highest = v > points.get(highest).value() ? i : highest;
        }
        keep[0] = true;
        keep[n - 1] = true;
        keep[lowest] = true;
        keep[highest] = true;
        int records = 0;
        for (int i = 0; i < n; i++) {
            if (points.get(i).record() && !keep[i]) {
                records++;
            }
        }
        int fixed = count(keep);
        if (fixed + records >= max) {
            // More records than room: keep the extremes and records spread evenly over the series.
            spreadRecords(points, keep, max - fixed, records);
        } else {
            for (int i = 0; i < n; i++) {
                keep[i] |= points.get(i).record();
            }
            // LTTB picks the first and last point itself, which are already kept.
            for (int i : triangleIndices(points, max - count(keep) + 2)) {
                keep[i] = true;
            }
        }
        List<ChartPoint> result = new ArrayList<>(max);
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                result.add(points.get(i));
            }
        }
        return result;
    }

    /**
     * Downsamples points whose labels are not written yet, then writes only the labels of the points kept: a ten-year
     * series has thousands of points, and writing a tooltip costs more than choosing the point. Each kept point's
     * label becomes {@code label} of its index in {@code points}, followed by what the point's label already held
     * (such as a record's note).
     */
    public static List<ChartPoint> lttb(List<ChartPoint> points, int max, IntFunction<String> label) {
        Map<ChartPoint, Integer> index = new IdentityHashMap<>(points.size() * 2);
        for (int i = 0; i < points.size(); i++) {
            index.put(points.get(i), i);
        }
        List<ChartPoint> kept = lttb(points, max);
        List<ChartPoint> result = new ArrayList<>(kept.size());
        for (ChartPoint p : kept) {
            result.add(p.withLabel(label.apply(index.get(p)) + p.label()));
        }
        return result;
    }

    private static void spreadRecords(List<ChartPoint> points, boolean[] keep, int room, int records) {
        if (room <= 0) {
            return;
        }
        double step = records / (double) room;
        int seen = 0;
        double next = 0;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).record() && !keep[i]) {
                if (seen >= next && room > 0) {
                    keep[i] = true;
                    room--;
                    next += step;
                }
                seen++;
            }
        }
    }

    /** Plain LTTB: indices of {@code threshold} points (at least 3), first and last included. */
    static int[] triangleIndices(List<ChartPoint> points, int threshold) {
        int n = points.size();
        int[] chosen = new int[threshold];
        double every = (n - 2) / (double) (threshold - 2);
        int a = 0;
        chosen[0] = 0;
        for (int bucket = 0; bucket < threshold - 2; bucket++) {
            int avgStart = (int) Math.floor((bucket + 1) * every) + 1;
            int avgEnd = Math.min((int) Math.floor((bucket + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int j = avgStart; j < avgEnd; j++) {
                avgX += points.get(j).day();
                avgY += points.get(j).value();
            }
            int count = Math.max(1, avgEnd - avgStart);
            avgX /= count;
            avgY /= count;
            int rangeStart = (int) Math.floor(bucket * every) + 1;
            int rangeEnd = Math.min((int) Math.floor((bucket + 1) * every) + 1, n - 1);
            double ax = points.get(a).day();
            double ay = points.get(a).value();
            double largest = -1;
            int pick = rangeStart;
            for (int j = rangeStart; j < rangeEnd; j++) {
                double area = Math.abs((ax - avgX) * (points.get(j).value() - ay)
                        - (ax - points.get(j).day()) * (avgY - ay));
                if (area > largest) {
                    largest = area;
                    pick = j;
                }
            }
            chosen[bucket + 1] = pick;
            a = pick;
        }
        chosen[threshold - 1] = n - 1;
        return chosen;
    }

    private static int count(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            c += f ? 1 : 0;
        }
        return c;
    }
}
