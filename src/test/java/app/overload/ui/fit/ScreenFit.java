package app.overload.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import app.overload.ui.Elided;
import app.overload.ui.MainWindow;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import app.overload.ui.WindowLook;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Puts a window on a {@link Screen} in a theme, and checks what it shows: no button, menu, tab, column header or
 * set row shortened ("New s…"), nothing essential outside the window. Problems are collected over every screen
 * and theme and reported together, so one run shows all that is wrong.
 */
public final class ScreenFit {

    private final List<String> problems = new ArrayList<>();

    /** Sizes the stage to the screen (at the top left, inside Monocle's 2560 × 1600 frame) and applies the theme. */
    public static void show(FxRobot robot, Stage stage, MainWindow window, Screen screen, Theme theme) {
        robot.interact(() -> {
            theme.apply();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.width());
            stage.setHeight(screen.height());
            window.textSizeProperty().set(screen.text());
        });
        settle(robot);
    }

    /** The same for a window without the shell (a dialog's owner, say). */
    public static void show(FxRobot robot, Stage stage, Screen screen, Theme theme) {
        robot.interact(() -> {
            theme.apply();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.width());
            stage.setHeight(screen.height());
            WindowLook.apply(stage.getScene(), screen.text());
        });
        settle(robot);
    }

    /** Lets the view read, lay out and lay out again (a wrapped label changes heights once widths are known). */
    public static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null) {
                    w.getScene().getRoot().applyCss();
                    w.getScene().getRoot().layout();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Notes every labeled under {@code root} that shows a shortened text, unless {@code mayShorten} allows it (a
     * session's summary in the history, whose whole text is in its tooltip).
     */
    public void noneElided(FxRobot robot, Node root, String where, Predicate<Labeled> mayShorten) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.addAll(Elided.under(root, mayShorten)));
        found.forEach(f -> problems.add(where + ": " + f));
    }

    public void noneElided(FxRobot robot, Node root, String where) {
        noneElided(robot, root, where, l -> false);
    }

    /** Notes {@code node} when it is on show but (partly) outside {@code container}'s bounds, say off the window. */
    public void inside(FxRobot robot, Node node, Node container, String where) {
        within(robot, node, container, where, true);
    }

    /**
     * Notes {@code node} when it reaches past the sides of {@code container}: for what scrolls up and down, which
     * may be out of sight above or below but must never need a sideways scroll bar.
     */
    public void insideSideways(FxRobot robot, Node node, Node container, String where) {
        within(robot, node, container, where, false);
    }

    private void within(FxRobot robot, Node node, Node container, String where, boolean upAndDown) {
        robot.interact(() -> {
            if (!node.isVisible() || node.getScene() == null) {
                return;
            }
            Bounds b = node.localToScene(node.getBoundsInLocal());
            Bounds c = container.localToScene(container.getBoundsInLocal());
            boolean sideways = b.getMinX() < c.getMinX() - 1 || b.getMaxX() > c.getMaxX() + 1;
            boolean vertical = b.getMinY() < c.getMinY() - 1 || b.getMaxY() > c.getMaxY() + 1;
            if (sideways || upAndDown && vertical) {
                problems.add(where + ": " + node + " at " + b + " is not inside " + c);
            }
        });
    }

    public void problem(String text) {
        problems.add(text);
    }

    /** Writes the PNG as {@code <what>-<screen>-<theme>.png} under target/snapshots/. */
    public static Path snapshot(Node node, String what, Screen screen, Theme theme) {
        return Snapshots.save(node, what + "-" + screen.name() + "-" + theme.name().toLowerCase(Locale.ROOT)
                + ".png");
    }

    /** Fails listing every problem noted. */
    public void check() {
        assertThat(problems).as("what the screens cut off or hide").isEmpty();
    }
}
