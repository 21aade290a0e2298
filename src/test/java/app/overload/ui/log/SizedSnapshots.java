package app.overload.ui.log;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves the stage's view at 1024 × 640 and 1920 × 1080, light and dark, as {@code name-theme-width.png}. The headless
 * screen is smaller than 1920 × 1080 and a stage grown past it breaks the screen's pixel upload, so each size is laid
 * out in a scene of its own off the screen; the view then goes back to the stage, its focus where it was.
 */
final class SizedSnapshots {

    private SizedSnapshots() {
    }

    /** {@code check} sees the laid-out view and the file name at each size and theme. */
    static void save(FxRobot robot, Stage stage, String name, BiConsumer<Parent, String> check) {
        Parent root = stage.getScene().getRoot();
        Node focused = stage.getScene().getFocusOwner();
        for (int[] size : List.of(new int[] {1024, 640}, new int[] {1920, 1080})) {
            robot.interact(() -> {
                stage.getScene().setRoot(new Pane());
                Scene offScreen = new Scene(root, size[0], size[1]);
                offScreen.getRoot().applyCss();
                offScreen.getRoot().layout();
            });
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                robot.interact(theme::apply);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(root::layout);
                String file = name + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + size[0] + ".png";
                Snapshots.save(root, file);
                robot.interact(() -> check.accept(root, file));
            }
            robot.interact(() -> {
                root.getScene().setRoot(new Pane());
                stage.getScene().setRoot(root);
            });
        }
        robot.interact(() -> {
            Theme.LIGHT.apply();
            if (focused != null) {
                focused.requestFocus();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
