package app.overload.notation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.BodyRegion;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.MovementPattern;

/** The exercises the app ships (V2__exercise_catalogue.sql), read from the script so the tests follow it. */
final class ShippedCatalogue {

    private static final Pattern ROW = Pattern.compile("\\('([a-z0-9-]+)',\\s*'((?:[^']|'')+)',\\s*'([A-Z_]+)',\\s*"
            + "'([A-Z]+)'");

    static final List<Exercise> EXERCISES = read();
    static final Catalogue CATALOGUE = new Catalogue(EXERCISES);

    private ShippedCatalogue() {
    }

    private static List<Exercise> read() {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(
                "/app/overload/store/migration/V2__exercise_catalogue.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Exercise> exercises = new ArrayList<>();
            Matcher m = ROW.matcher(script);
            while (m.find()) {
                exercises.add(new Exercise(ExerciseId.of(m.group(1)), m.group(2).replace("''", "'"),
                        MovementPattern.valueOf(m.group(3)), BodyRegion.valueOf(m.group(4)), Mass.kilograms(2.5),
                        Duration.ofSeconds(120), null));
            }
            return exercises;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
