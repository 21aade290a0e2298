package app.overload.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

/** Writes a PNG of a view under {@code target/snapshots/}, so a person can look at what the tests saw. */
public final class Snapshots {

    public static final Path FOLDER = Path.of("target", "snapshots");

    private Snapshots() {
    }

    public static Path save(Node node, String name) {
        WritableImage[] image = new WritableImage[1];
        new FxRobot().interact(() -> image[0] = node.snapshot(null, null));
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name);
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
