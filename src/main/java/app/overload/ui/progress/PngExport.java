package app.overload.ui.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A node as a PNG file: the picture is taken on the JavaFX thread, the file written wherever the caller likes. */
final class PngExport {

    private PngExport() {
    }

    /** Takes the picture; must run on the JavaFX thread. The card's rounded corners stay transparent. */
    static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return node.snapshot(parameters, null);
    }

    /** Writes the picture as PNG, adding ".png" when the name has no extension. */
    static Path write(WritableImage image, Path file) throws IOException {
        Path target = file.getFileName().toString().contains(".") ? file
                : file.resolveSibling(file.getFileName() + ".png");
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile())) {
            throw new IOException("No PNG writer is available.");
        }
        return target;
    }
}
