package app.overload.progression;

import java.time.Duration;

import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Pace;

/**
 * What the engine decided for one prescription. Each decision is its own record so views and tests branch on it
 * with {@code instanceof}; {@link #key()} is the stable name used in JSON and style classes.
 */
public sealed interface Decision permits Decision.IncreaseLoad, Decision.ReduceLoad, Decision.AddReps,
        Decision.Hold, Decision.Deload, Decision.NextExercise, Decision.FasterPace, Decision.EasePace,
        Decision.LongerDistance, Decision.LongerDuration, Decision.ShorterDistance, Decision.ShorterDuration,
        Decision.RestartAfterBreak, Decision.Taper, Decision.Start, Decision.NotEnoughData {

    /** Stable lower-case key, such as {@code increase-load}. */
    String key();

    /** A few plain words for a list, such as "increase load". */
    String label();

    /** More weight on the bar. */
    record IncreaseLoad(Mass from, Mass to) implements Decision {
        public IncreaseLoad {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "increase-load";
        }

        @Override
        public String label() {
            return "increase load";
        }
    }

    /** Less weight because recent sets say the planned load is too heavy for the target RPE. */
    record ReduceLoad(Mass from, Mass to) implements Decision {
        public ReduceLoad {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "reduce-load";
        }

        @Override
        public String label() {
            return "reduce load";
        }
    }

    /** One more rep per set inside the rep range. */
    record AddReps(int from, int to) implements Decision {
        @Override
        public String key() {
            return "add-reps";
        }

        @Override
        public String label() {
            return "add reps";
        }
    }

    /** Repeat what was last prescribed (a miss, a very hard session, a rule that does not progress). */
    record Hold() implements Decision {
        @Override
        public String key() {
            return "hold";
        }

        @Override
        public String label() {
            return "hold";
        }
    }

    /** Lighter work: after repeated misses, or because the block plans a deload week. */
    record Deload(boolean planned) implements Decision {
        @Override
        public String key() {
            return "deload";
        }

        @Override
        public String label() {
            return planned ? "planned deload" : "deload";
        }
    }

    /** The criterion of a regression is met: move up the chain (split squat → goblet squat). */
    record NextExercise(ExerciseId from, ExerciseId to) implements Decision {
        public NextExercise {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "next-exercise";
        }

        @Override
        public String label() {
            return "next exercise";
        }
    }

    /** An endurance key session gets faster, with the distance unchanged. */
    record FasterPace(Pace from, Pace to) implements Decision {
        public FasterPace {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "faster-pace";
        }

        @Override
        public String label() {
            return "faster pace";
        }
    }

    /**
     * A slower pace than the session it follows: a pace past the ceiling of the best recent effort, eased because
     * the session fell short of it (a session done at its pace is never slowed).
     */
    record EasePace(Pace from, Pace to) implements Decision {
        public EasePace {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "ease-pace";
        }

        @Override
        public String label() {
            return "ease pace";
        }
    }

    /** An endurance key session gets longer (more distance or more repeats), with the pace unchanged. */
    record LongerDistance(Distance from, Distance to) implements Decision {
        public LongerDistance {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "longer";
        }

        @Override
        public String label() {
            return "longer distance";
        }
    }

    /** A session prescribed by time gets longer, with the pace unchanged. */
    record LongerDuration(Duration from, Duration to) implements Decision {
        public LongerDuration {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "longer";
        }

        @Override
        public String label() {
            return "longer session";
        }
    }

    /** Less distance (or fewer repeats) than the session it follows: a volume limit, or a plan that asks for less. */
    record ShorterDistance(Distance from, Distance to) implements Decision {
        public ShorterDistance {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "shorter";
        }

        @Override
        public String label() {
            return "shorter distance";
        }
    }

    /** Less time than the session it follows. */
    record ShorterDuration(Duration from, Duration to) implements Decision {
        public ShorterDuration {
            Checks.required(from, "from");
            Checks.required(to, "to");
        }

        @Override
        public String key() {
            return "shorter";
        }

        @Override
        public String label() {
            return "shorter session";
        }
    }

    /** Back after a break: a lighter or shorter restart instead of an increase. */
    record RestartAfterBreak(long daysOff, double reduction) implements Decision {
        public RestartAfterBreak {
            Checks.finiteInRange(reduction, 0, 0.5, "reduction", "");
        }

        @Override
        public String key() {
            return "restart";
        }

        @Override
        public String label() {
            return "reduced restart";
        }
    }

    /** The block plans a taper week before the goal: less volume, as written. */
    record Taper() implements Decision {
        @Override
        public String key() {
            return "taper";
        }

        @Override
        public String label() {
            return "taper";
        }
    }

    /** Nothing logged for this prescription yet: a starting point from the block's current level. */
    record Start() implements Decision {
        @Override
        public String key() {
            return "start";
        }

        @Override
        public String label() {
            return "starting point";
        }
    }

    /** The history does not say enough; the prescription stays as planned and {@code missing} says why. */
    record NotEnoughData(String missing) implements Decision {
        public NotEnoughData {
            Checks.required(missing, "missing");
            if (missing.isBlank()) {
                throw new IllegalArgumentException("Say what is missing.");
            }
        }

        @Override
        public String key() {
            return "not-enough-data";
        }

        @Override
        public String label() {
            return "not enough data";
        }
    }
}
