package app.overload.ui.progress;

import app.overload.analysis.ValueFormat;

/**
 * Bounds and tick step of a value axis: round numbers (1, 2, 2.5, 5 × 10ⁿ) for plain values, clock-friendly steps
 * (15 s, 30 s, 1 min, 5 min…) for times, so tick labels read 4:45, 5:00, 5:15 rather than 4:43, 5:01.
 */
record AxisScale(double lower, double upper, double step) {

    /** At most this many intervals: the smallest round step that keeps to it gives four to eight. */
    static final int MAX_INTERVALS = 8;
    private static final double[] NUMBER_STEPS = {1, 2, 2.5, 5};
    /** In hours: 5, 10, 15, 30 minutes, then whole hours. */
    private static final double[] HOUR_STEPS = {5 / 60.0, 10 / 60.0, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 25, 50, 100};
    private static final double[] CLOCK_STEPS = {1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600,
        7200, 18000, 36000};

    /**
     * A scale that shows {@code min} to {@code max} with a little room, starting at zero when {@code fromZero}
     * (bars must grow from zero) or when zero is close anyway.
     */
    static AxisScale of(double min, double max, boolean fromZero, ValueFormat format) {
        if (fromZero) {
            min = Math.min(0, min);
            max = Math.max(0, max);
        }
        double span = max - min;
        if (span <= 0) {
            double pad = Math.max(Math.abs(max) * 0.1, 1);
            min -= pad;
            max += pad;
            span = max - min;
        } else if (!fromZero) {
            min -= span * 0.06;
            max += span * 0.06;
            span = max - min;
        }
        double rough = span / MAX_INTERVALS;
        double step = format == ValueFormat.CLOCK ? clockStep(rough)
                : format == ValueFormat.COUNT ? countStep(rough)
                : format == ValueFormat.HOURS ? hoursStep(rough) : niceStep(rough);
        double lower = Math.floor(min / step) * step;
        double upper = Math.ceil(max / step) * step;
        if (fromZero && lower > 0) {
            lower = 0;
        }
        return new AxisScale(lower, upper == lower ? lower + step : upper, step);
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : NUMBER_STEPS) {
            if (m * magnitude >= rough) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** 1, 2, 5, 10, 20, 50…: no halves of a session on the axis. */
    private static double countStep(double rough) {
        double step = 1;
        while (true) {
            for (double m : new double[] {1, 2, 5}) {
                if (m * step >= rough) {
                    return m * step;
                }
            }
            step *= 10;
        }
    }

    /** Steps that read well as h:mm: 0:15, 0:30, 1:00, 2:00… */
    private static double hoursStep(double rough) {
        for (double s : HOUR_STEPS) {
            if (s >= rough) {
                return s;
            }
        }
        return niceStep(rough);
    }

    private static double clockStep(double rough) {
        for (double s : CLOCK_STEPS) {
            if (s >= rough) {
                return s;
            }
        }
        return Math.ceil(rough / 36000) * 36000;
    }
}
