package app.overload.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import app.overload.ui.Elided;
import app.overload.ui.MainWindow;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import app.overload.ui.WindowLook;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
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

    /** How far a focus ring or a shadow may be drawn outside its node, in pixels. */
    private static final double OUTLINE = 3;

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

    /**
     * Shows the view of {@code stage} (one without the shell) on the small laptop and on the desktop, light and dark,
     * saves each as a snapshot, and gives {@code check} the laid-out view and the snapshot's file name. The stage
     * gets its size and the light theme back after, and the focus stays where it was.
     */
    public static void eachSize(FxRobot robot, Stage stage, String name, BiConsumer<Parent, String> check) {
        double width = stage.getWidth();
        double height = stage.getHeight();
        for (Screen screen : List.of(Screen.SMALL_LAPTOP, Screen.DESKTOP)) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                show(robot, stage, screen, theme);
                Parent view = stage.getScene().getRoot();
                Path file = snapshot(view, name, screen, theme);
                robot.interact(() -> check.accept(view, file.getFileName().toString()));
            }
        }
        robot.interact(() -> {
            Theme.LIGHT.apply();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle(robot);
    }

    /** Lets the view read, lay out and lay out again (a wrapped label changes heights once widths are known). */
    public static void settle(FxRobot robot) {
        // Twice: a layout that moves a panel in or out (a narrow block view) does so a turn after the pass.
        for (int pass = 0; pass < 2; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.getScene() != null) {
                        w.getScene().getRoot().applyCss();
                        w.getScene().getRoot().layout();
                    }
                }
            });
        }
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

    /**
     * Notes {@code root} when what it draws reaches past its right or left edge (a view wider than its window), or
     * when it shows a sideways scroll bar anywhere: the two ways a section hides part of itself to the side.
     */
    public void noSidewaysOverflow(FxRobot robot, Region root, String where) {
        robot.interact(() -> {
            Bounds drawn = root.getBoundsInLocal();
            if (drawn.getMinX() < -OUTLINE || drawn.getMaxX() > root.getWidth() + OUTLINE) {
                problems.add(where + ": the view draws from x " + Math.round(drawn.getMinX()) + " to "
                        + Math.round(drawn.getMaxX()) + ", its window is " + Math.round(root.getWidth()) + " wide");
            }
            for (Node node : root.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && onShow(bar)) {
                    problems.add(where + ": a sideways scroll bar under " + named(bar));
                }
            }
        });
    }

    private static boolean onShow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String named(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return "#" + n.getId();
            }
        }
        return node.getParent() == null ? "the window" : node.getParent().getStyleClass().toString();
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
