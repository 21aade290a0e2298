package app.overload.exchange.history;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names Strong and Hevy use for the catalogue's fundamentals. Only names whose meaning is not in doubt are here;
 * anything else is matched by name or becomes a new exercise the user can re-map.
 */
final class ExerciseAliases {

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias("back-squat", "Squat (Barbell)", "Back Squat (Barbell)", "Squat", "Back Squat", "High Bar Squat",
                "Low Bar Squat");
        alias("front-squat", "Front Squat (Barbell)");
        alias("goblet-squat", "Goblet Squat (Kettlebell)", "Goblet Squat (Dumbbell)", "Goblet Squat");
        alias("split-squat", "Split Squat (Dumbbell)", "Split Squat (Bodyweight)");
        alias("bulgarian-split-squat", "Bulgarian Split Squat (Dumbbell)", "Bulgarian Split Squat",
                "Bulgarian Split Squat (Bodyweight)");
        alias("bodyweight-squat", "Air Squat", "Squat (Bodyweight)", "Bodyweight Squat");
        alias("walking-lunge", "Walking Lunge (Dumbbell)", "Walking Lunge", "Lunge (Dumbbell)", "Lunge");
        alias("reverse-lunge", "Reverse Lunge (Dumbbell)", "Reverse Lunge (Barbell)", "Reverse Lunge");
        alias("leg-press", "Leg Press", "Leg Press (Machine)");
        alias("deadlift", "Deadlift (Barbell)", "Deadlift", "Conventional Deadlift (Barbell)");
        alias("romanian-deadlift", "Romanian Deadlift (Barbell)", "Romanian Deadlift", "RDL (Barbell)");
        alias("kettlebell-deadlift", "Deadlift (Kettlebell)", "Kettlebell Deadlift");
        alias("hip-thrust", "Hip Thrust (Barbell)", "Hip Thrust");
        alias("kettlebell-swing", "Kettlebell Swing", "Kettlebell Swing (Kettlebell)");
        alias("power-clean", "Power Clean (Barbell)", "Power Clean");
        alias("calf-raise", "Standing Calf Raise (Machine)", "Standing Calf Raise (Barbell)", "Calf Raise",
                "Standing Calf Raise");
        alias("bench-press", "Bench Press (Barbell)", "Bench Press", "Flat Bench Press (Barbell)");
        alias("incline-bench-press", "Incline Bench Press (Barbell)", "Incline Bench Press");
        alias("dumbbell-bench-press", "Bench Press (Dumbbell)", "Dumbbell Bench Press", "Flat Bench Press (Dumbbell)");
        alias("push-up", "Push Up", "Push Ups", "Push-Up", "Push-Ups", "Pushup", "Push Up (Bodyweight)");
        alias("overhead-press", "Overhead Press (Barbell)", "Overhead Press", "Strict Military Press (Barbell)",
                "Military Press (Barbell)", "Standing Military Press (Barbell)", "Shoulder Press (Barbell)");
        alias("dumbbell-shoulder-press", "Shoulder Press (Dumbbell)", "Seated Shoulder Press (Dumbbell)",
                "Overhead Press (Dumbbell)", "Seated Overhead Press (Dumbbell)");
        alias("dip", "Dip", "Dips", "Chest Dip", "Triceps Dip", "Triceps Dip (Bodyweight)", "Chest Dip (Bodyweight)");
        alias("barbell-row", "Bent Over Row (Barbell)", "Barbell Row", "Pendlay Row (Barbell)");
        alias("dumbbell-row", "Bent Over One Arm Row (Dumbbell)", "Dumbbell Row", "Dumbbell Row (Dumbbell)",
                "Single Arm Row (Dumbbell)");
        alias("inverted-row", "Inverted Row", "Inverted Row (Bodyweight)");
        alias("pull-up", "Pull Up", "Pull Ups", "Pull-Up", "Pull-Ups", "Pullup", "Pull Up (Bodyweight)",
                "Pull Up (Weighted)");
        alias("chin-up", "Chin Up", "Chin Ups", "Chin-Up", "Chinup", "Chin Up (Bodyweight)", "Chin Up (Weighted)");
        alias("lat-pulldown", "Lat Pulldown (Cable)", "Lat Pulldown (Machine)", "Lat Pulldown");
        alias("biceps-curl", "Bicep Curl (Barbell)", "Bicep Curl (Dumbbell)", "Biceps Curl (Barbell)",
                "Biceps Curl (Dumbbell)", "Bicep Curl", "Curl (Barbell)", "Curl (Dumbbell)");
        alias("triceps-extension", "Triceps Extension (Dumbbell)", "Triceps Extension (Cable)",
                "Overhead Triceps Extension (Dumbbell)", "Triceps Extension");
        alias("face-pull", "Face Pull (Cable)", "Face Pull");
        alias("plank", "Plank", "Front Plank", "Plank (Weighted)", "Weighted Plank");
        alias("hanging-leg-raise", "Hanging Leg Raise", "Hanging Leg Raise (Bodyweight)");
        alias("farmers-carry", "Farmers Walk", "Farmer's Walk", "Farmers Walk (Dumbbell)", "Farmer Carry",
                "Farmers Carry");
    }

    private ExerciseAliases() {
    }

    private static void alias(String key, String... names) {
        for (String name : names) {
            ALIASES.put(normalise(name), key);
        }
    }

    /** The catalogue key a source name stands for, or null. */
    static String keyFor(String sourceName) {
        return ALIASES.get(normalise(sourceName));
    }

    /** Lower case, no accents, no punctuation, single spaces: "Pull-Up" and "pull up" compare equal. */
    static String normalise(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
