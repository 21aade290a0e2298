package app.overload.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Which exercises are loaded on a barbell, so that the log form offers plates and warm-ups for them and not for a
 * dumbbell row or a pull-up. The catalogue has no equipment column: the barbell lifts it ships are named here, and
 * any other exercise counts when its name says "barbell" (as "Squat (Barbell)" from another app's export does).
 */
public final class Barbells {

    private static final Set<String> SHIPPED = Set.of("back-squat", "front-squat", "deadlift", "romanian-deadlift",
            "hip-thrust", "power-clean", "bench-press", "incline-bench-press", "overhead-press", "barbell-row");

    private Barbells() {
    }

    public static boolean loadsABar(Exercise exercise) {
        return SHIPPED.contains(exercise.id().value())
                || exercise.name().toLowerCase(Locale.ROOT).contains("barbell");
    }
}
