package app.overload.exchange.fit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import app.overload.domain.Distance;

/**
 * A step of a workout a watch guides the athlete through: one piece of work, recovery, warm-up or cool-down with
 * how long it lasts and what to aim at, or a group of such steps repeated.
 */
public sealed interface WorkoutStep permits WorkoutStep.Single, WorkoutStep.Repeat {

    /** What the step is for; the watch shows it and counts work steps in its summary. FIT intensity numbers. */
    enum Kind {
        WORK(0), WARM_UP(2), COOL_DOWN(3), RECOVERY(4);

        final int fit;

        Kind(int fit) {
            this.fit = fit;
        }
    }

    /** How long a step lasts. */
    sealed interface Length permits ByTime, ByDistance, UntilLap {
    }

    record ByTime(Duration time) implements Length {
        public ByTime {
            if (time == null || time.isNegative() || time.isZero() || time.toMillis() > 0xFFFF_FFFEL) {
                throw new IllegalArgumentException("A step by time needs a positive time, got " + time);
            }
        }
    }

    record ByDistance(Distance distance) implements Length {
        public ByDistance {
            if (distance == null || distance.isZero()) {
                throw new IllegalArgumentException("A step by distance needs a distance above zero");
            }
        }
    }

    /** Until the athlete presses the lap button: a warm-up that lasts as long as it takes. */
    record UntilLap() implements Length {
    }

    /** What the watch keeps the athlete at during a step. */
    sealed interface Target permits Open, Speed, HeartRateZone, HeartRateRange {
    }

    /** No target: the athlete runs or rides by feel. */
    record Open() implements Target {
    }

    /** A speed range in metres per second (the watch shows it as a pace range for runs). */
    record Speed(double low, double high) implements Target {
        public Speed {
            if (!(low > 0 && high >= low && high < 100)) {
                throw new IllegalArgumentException("A speed range needs 0 < low <= high < 100 m/s, got " + low
                        + "–" + high);
            }
        }
    }

    /** One of the heart-rate zones set up on the watch, 1 to 5. */
    record HeartRateZone(int zone) implements Target {
        public HeartRateZone {
            if (zone < 1 || zone > 5) {
                throw new IllegalArgumentException("A heart-rate zone is 1 to 5, got " + zone);
            }
        }
    }

    /** A heart-rate range in beats per minute. */
    record HeartRateRange(int low, int high) implements Target {
        public HeartRateRange {
            if (low < 30 || high < low || high > 250) {
                throw new IllegalArgumentException("A heart-rate range needs 30 <= low <= high <= 250 bpm, got " + low
                        + "–" + high);
            }
        }
    }

    /** @param name shown on the watch; may be empty */
    record Single(String name, Kind kind, Length length, Target target) implements WorkoutStep {
        public Single {
            name = name == null ? "" : name.strip();
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(length, "length");
            Objects.requireNonNull(target, "target");
        }
    }

    /** {@code steps} done {@code times} times over (2 or more). */
    record Repeat(int times, List<Single> steps) implements WorkoutStep {
        public Repeat {
            steps = List.copyOf(steps);
            if (times < 2 || times > 999) {
                throw new IllegalArgumentException("A repeat is done 2 to 999 times, got " + times);
            }
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("A repeat needs at least one step");
            }
        }
    }
}
