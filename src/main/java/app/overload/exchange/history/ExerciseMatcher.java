package app.overload.exchange.history;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.BodyRegion;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.MovementPattern;

/**
 * Finds the catalogue exercise another app's name means, conservatively: the alias table, then the same name,
 * then the name with its equipment suffix moved ("Bench Press (Dumbbell)" → "dumbbell bench press", "Front Squat
 * (Barbell)" → "front squat"). A wrong match would mix two lifts' histories, which is worse than a new exercise
 * the user can re-map, so nothing fuzzier is tried.
 */
public final class ExerciseMatcher {

    /** New exercises start with the usual barbell step and a rest suited to accessory work. */
    static final Mass NEW_INCREMENT = Mass.kilograms(2.5);
    static final Duration NEW_REST = Duration.ofSeconds(90);

    private final Map<ExerciseId, Exercise> byId = new HashMap<>();
    private final Map<String, Exercise> byName = new HashMap<>();

    public ExerciseMatcher(List<Exercise> catalogue) {
        for (Exercise e : catalogue) {
            byId.put(e.id(), e);
            byName.putIfAbsent(ExerciseAliases.normalise(e.name()), e);
        }
    }

    /** The catalogue exercise the name clearly means, if any. */
    public Optional<Exercise> match(String sourceName) {
        String alias = ExerciseAliases.keyFor(sourceName);
        if (alias != null && byId.containsKey(ExerciseId.of(alias))) {
            return Optional.of(byId.get(ExerciseId.of(alias)));
        }
        String normal = ExerciseAliases.normalise(sourceName);
        if (byName.containsKey(normal)) {
            return Optional.of(byName.get(normal));
        }
        Exercise sameKey = byId.get(ExerciseId.fromName(sourceName));
        if (sameKey != null) {
            return Optional.of(sameKey);
        }
        Matcher m = Pattern.compile("(.+?)\\s*\\((barbell|dumbbell|kettlebell)\\)")
                .matcher(sourceName.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            String base = ExerciseAliases.normalise(m.group(1));
            String equipment = m.group(2);
            Exercise prefixed = byName.get(equipment + " " + base);
            if (prefixed != null) {
                return Optional.of(prefixed);
            }
            if (equipment.equals("barbell") && byName.containsKey(base)) {
                return Optional.of(byName.get(base)); // the catalogue's plain names are the barbell lifts
            }
        }
        return Optional.empty();
    }

    public Optional<Exercise> byId(ExerciseId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The exercise an import creates for a name nothing matched; pattern and region only where obvious. */
    public static Exercise newExercise(String sourceName) {
        String n = ExerciseAliases.normalise(sourceName);
        return new Exercise(ExerciseId.fromName(sourceName), Texts.name(sourceName), pattern(n), region(n),
                NEW_INCREMENT, NEW_REST, null);
    }

    private static MovementPattern pattern(String n) {
        if (n.contains("split squat") || n.contains("lunge") || n.contains("step up")) {
            return MovementPattern.LUNGE;
        }
        if (n.contains("squat")) {
            return MovementPattern.SQUAT;
        }
        if (n.contains("deadlift") || n.contains("hip thrust") || n.contains("good morning")) {
            return MovementPattern.HINGE;
        }
        if (n.contains("pulldown") || n.contains("pull up") || n.contains("chin up")) {
            return MovementPattern.VERTICAL_PULL;
        }
        if (n.contains("row") && !n.contains("upright")) {
            return MovementPattern.HORIZONTAL_PULL;
        }
        if (n.contains("overhead press") || n.contains("shoulder press") || n.contains("military press")) {
            return MovementPattern.VERTICAL_PUSH;
        }
        if (n.contains("bench press") || n.contains("chest press") || n.contains("push up")) {
            return MovementPattern.HORIZONTAL_PUSH;
        }
        if (n.contains("carry") || n.contains("farmer")) {
            return MovementPattern.CARRY;
        }
        if (n.contains("plank") || n.contains("crunch") || n.contains("sit up") || n.contains("leg raise")) {
            return MovementPattern.CORE;
        }
        return MovementPattern.OTHER;
    }

    private static BodyRegion region(String n) {
        for (String word : List.of("squat", "lunge", "deadlift", "leg", "calf", "glute", "hip", "hamstring")) {
            if (n.contains(word)) {
                return BodyRegion.LOWER;
            }
        }
        for (String word : List.of("bench", "press", "row", "pull", "curl", "tricep", "bicep", "shoulder", "chest",
                "lat ", "fly", "raise", "dip", "chin")) {
            if (n.contains(word)) {
                return BodyRegion.UPPER;
            }
        }
        return BodyRegion.FULL;
    }
}
