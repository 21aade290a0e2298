package app.overload.analysis;

import java.util.ArrayList;
import java.util.List;

/** Personal records in a chronological series: points better than every point before them. */
public final class Records {

    private Records() {
    }

    /**
     * Marks each point that beats all earlier ones. The first point is not marked: a first session sets no record
     * worth celebrating, and marking it would put a star at the start of every chart.
     *
     * @param higherIsBetter false for paces and times, where less is better
     */
    public static List<ChartPoint> mark(List<ChartPoint> chronological, boolean higherIsBetter, String recordLabel) {
        List<ChartPoint> result = new ArrayList<>(chronological.size());
        double best = Double.NaN;
        for (ChartPoint p : chronological) {
            boolean better = !Double.isNaN(best) && (higherIsBetter ? p.value() > best : p.value() < best);
            result.add(better ? p.asRecord(recordLabel) : p);
            if (Double.isNaN(best) || better) {
                best = p.value();
            }
        }
        return result;
    }
}
