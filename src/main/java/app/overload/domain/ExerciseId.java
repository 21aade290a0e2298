package app.overload.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key of an exercise in the catalogue, such as {@code back-squat}: lower-case letters, digits and dashes.
 * Keys, not names, travel between databases, so a renamed exercise stays the same exercise.
 */
public record ExerciseId(String value) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ExerciseId {
        Checks.required(value, "exercise");
        if (value.length() > 80 || !KEY.matcher(value).matches()) {
            throw new InvalidValueException("exercise",
                    "Exercise key must be lower-case letters, digits and single dashes (was \"" + value + "\").");
        }
    }

    public static ExerciseId of(String value) {
        return new ExerciseId(value);
    }

    /** A key made from a display name: "Bench Press (Dumbbell)" becomes {@code bench-press-dumbbell}. */
    public static ExerciseId fromName(String name) {
        String ascii = Normalizer.normalize(Checks.name(name, "exercise name"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (key.isEmpty()) {
            key = "exercise-" + Integer.toHexString(name.hashCode());
        }
        return new ExerciseId(key.length() > 80 ? key.substring(0, 80).replaceAll("-+$", "") : key);
    }

    @Override
    public String toString() {
        return value;
    }
}
