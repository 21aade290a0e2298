package app.overload.progression;

import java.time.Duration;

import app.overload.domain.Distance;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Pace;

/**
 * Race maths for runners (TRAINING-RULES.md): Riegel's prediction and Daniels' VDOT with the training paces it
 * implies.
 */
public final class RunningFormulas {

    /** Riegel's fatigue exponent. */
    public static final double RIEGEL_EXPONENT = 1.06;

    private RunningFormulas() {
    }

    /** Riegel: T2 = T1 × (D2 / D1)^1.06. */
    public static Duration riegel(Distance raced, Duration time, Distance target) {
        requirePositive(raced, time);
        if (target.isZero()) {
            throw new InvalidValueException("distance", "A prediction needs a distance longer than zero.");
        }
        double seconds = time.toMillis() / 1000.0 * Math.pow(target.metres() / raced.metres(), RIEGEL_EXPONENT);
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** Oxygen cost of running at {@code metresPerMinute}: −4.60 + 0.182258 v + 0.000104 v². */
    static double oxygenCost(double metresPerMinute) {
        return -4.60 + 0.182258 * metresPerMinute + 0.000104 * metresPerMinute * metresPerMinute;
    }

    /** Fraction of VO2max sustainable for {@code minutes}. */
    static double sustainableFraction(double minutes) {
        return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
    }

    /** Daniels & Gilbert VDOT from a race effort: 5 km in 20:00 gives about 49.8. */
    public static double vdot(Distance raced, Duration time) {
        requirePositive(raced, time);
        double minutes = time.toMillis() / 60_000.0;
        double velocity = raced.metres() / minutes;
        return oxygenCost(velocity) / sustainableFraction(minutes);
    }

    /** The pace whose oxygen cost is {@code fraction} of VDOT: the VO2(v) quadratic solved for v. */
    public static Pace paceAt(double vdot, double fraction) {
        if (!(vdot > 0) || !(fraction > 0)) {
            throw new InvalidValueException("VDOT", "VDOT and intensity must be positive.");
        }
        double vo2 = vdot * fraction;
        double a = 0.000104;
        double b = 0.182258;
        double c = -4.60 - vo2;
        double metresPerMinute = (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        return new Pace(60_000 / metresPerMinute);
    }

    /** Training zones as shares of VO2max (Daniels): easy, marathon, threshold, interval, repetition. */
    public enum Zone {
        EASY(0.59, 0.74), MARATHON(0.75, 0.84), THRESHOLD(0.83, 0.88), INTERVAL(0.95, 1.00), REPETITION(1.05, 1.10);

        private final double low;
        private final double high;

        Zone(double low, double high) {
            this.low = low;
            this.high = high;
        }

        /** The zone's lower bound as a share of VO2max (0.83 for threshold). */
        public double low() {
            return low;
        }

        /** The zone's upper bound as a share of VO2max. */
        public double high() {
            return high;
        }

        /** The slowest pace of the zone for this VDOT. */
        public Pace slowest(double vdot) {
            return paceAt(vdot, low);
        }

        /** The fastest pace of the zone for this VDOT. */
        public Pace fastest(double vdot) {
            return paceAt(vdot, high);
        }
    }

    /** The fastest threshold pace a runner of this VDOT should hold in a tempo run: the engine's pace ceiling. */
    public static Pace thresholdCeiling(double vdot) {
        return Zone.THRESHOLD.fastest(vdot);
    }

    private static void requirePositive(Distance distance, Duration time) {
        if (distance.isZero() || time.isZero() || time.isNegative()) {
            throw new InvalidValueException("race", "A race needs a distance and a time longer than zero.");
        }
    }
}
