package app.overload.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.TrainingBlock;

/**
 * The block templates that ship with the app: block files in the jar, read with the same reader as any file a
 * coach sends, so a template is held to the same checks. Each is written for a reference athlete (its current
 * levels) and a fixed start; the planning code moves it to the user.
 */
public final class BlockTemplates {

    /** The templates in the order they are offered. */
    public static final List<String> KEYS = List.of("linear-5x5", "double-progression", "five-three-one", "five-k",
            "half-marathon", "split-squat-to-squat");

    private static final String FOLDER = "/app/overload/templates/";

    private BlockTemplates() {
    }

    /** A template: its key (the file's name) and what the file holds. */
    public record Template(String key, BlockContents contents) {

        public TrainingBlock block() {
            return contents.block();
        }

        public String title() {
            return contents.block().name();
        }

        /** What the template is and how it progresses: the file's notes. */
        public String description() {
            return contents.block().notes();
        }
    }

    public static List<Template> all() {
        List<Template> templates = new ArrayList<>();
        for (String key : KEYS) {
            templates.add(read(key));
        }
        return templates;
    }

    public static Template read(String key) {
        String name = key + ".json";
        try (InputStream in = BlockTemplates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw BlockFileException.whole("The template " + name + " is missing from this build.", null);
            }
            return new Template(key, new BlockFileReader().read(in, name).contents());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + name, e);
        }
    }
}
