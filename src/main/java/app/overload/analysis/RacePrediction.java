package app.overload.analysis;

import java.time.Duration;

import app.overload.domain.Distance;
import app.overload.domain.InvalidValueException;
import app.overload.progression.RunningFormulas;

/**
 * Predicted race times for a goal distance from one effort: Riegel's formula, and the time at which Daniels' VDOT
 * formula gives the effort's VDOT over the goal distance. Both formulas are the engine's ({@link RunningFormulas});
 * this class only inverts VDOT, which has no closed form for time.
 */
public final class RacePrediction {

    /** Faster than any human over any distance (the 100 m record is about 10.4 m/s). */
    private static final double FASTEST_METRES_PER_SECOND = 12;
    private static final double LONGEST_SECONDS = 100 * 3600;

    private RacePrediction() {
    }

    /** Riegel: the effort's time scaled to {@code target} with exponent 1.06. */
    public static Duration riegel(Distance raced, Duration time, Distance target) {
        return RunningFormulas.riegel(raced, time, target);
    }

    /**
     * The time over {@code target} that has this VDOT: VDOT falls as time grows at a fixed distance, so bisection
     * between an impossible sprint and a 100-hour walk finds it to well under a second.
     */
    public static Duration vdotTime(double vdot, Distance target) {
        if (!(vdot > 0) || target.isZero()) {
            throw new InvalidValueException("VDOT", "A prediction needs a positive VDOT and a distance.");
        }
        double low = Math.max(1, target.metres() / FASTEST_METRES_PER_SECOND);
        double high = LONGEST_SECONDS;
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            if (RunningFormulas.vdot(target, seconds(middle)) > vdot) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return seconds((low + high) / 2);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
