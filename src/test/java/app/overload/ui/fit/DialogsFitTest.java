package app.overload.ui.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import app.overload.domain.BlockStatus;
import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import app.overload.ui.ShortcutSheet;
import app.overload.ui.TestLogbooks;
import app.overload.ui.TextSize;
import app.overload.ui.Theme;
import app.overload.ui.WindowLook;
import app.overload.ui.log.LogView;
import app.overload.ui.welcome.WelcomeView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs and the windows beside the sections, on every screen and in both themes: the shortcut sheet, a new
 * block, the history export, the history import, the athlete settings, a block's re-plan, and the welcome of an
 * empty logbook. Each fits its screen, and
 * shows its buttons and labels whole.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFitTest {

    @TempDir
    Path folder;

    private FitFixture app;
    private Runnable stopLook;

    /** As the app does: every window takes the text size as it opens. */
    @Start
    void start(Stage stage) {
        app = new FitFixture(stage);
        stopLook = WindowLook.followAllWindows(app.window.textSizeProperty());
    }

    @AfterEach
    void close(FxRobot robot) {
        closeOthers(robot);
        robot.interact(stopLook);
        app.close(robot);
    }

    private void closeOthers(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != app.stage) {
                    w.hide();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window other than the app's that opened last. */
    private Window opened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w != app.stage && w.isShowing()));
        ScreenFit.settle(robot);
        List<Window> others = Window.getWindows().stream().filter(w -> w != app.stage && w.isShowing()).toList();
        return others.get(others.size() - 1);
    }

    /** Notes a window larger than the screen, or anything elided in it, and writes its snapshot. */
    private static void check(FxRobot robot, ScreenFit fit, Window window, String what, Screen screen, Theme theme) {
        String where = what + " " + screen.name() + " " + theme;
        if (window.getWidth() > screen.width() + 1 || window.getHeight() > screen.height() + 1) {
            fit.problem(where + ": the window is " + Math.round(window.getWidth()) + " × "
                    + Math.round(window.getHeight()) + ", larger than the screen");
        }
        Node root = window.getScene().getRoot();
        fit.noneElided(robot, root, where);
        if (root instanceof Region region) {
            fit.noSidewaysOverflow(robot, region, where);
        }
        for (Node button : robot.from(root).lookup(".button").queryAll()) {
            if (button instanceof Button && button.isVisible()) {
                fit.inside(robot, button, root, where + " button");
            }
        }
        ScreenFit.snapshot(root, "fit-dialog-" + what, screen, theme);
    }

    @Test
    void theDialogsFitEveryScreen(FxRobot robot) throws Exception {
        app.openSample(robot, folder);
        ScreenFit fit = new ScreenFit();
        for (Screen screen : Screen.ALL) {
            for (Theme theme : FitFixture.THEMES) {
                ScreenFit.show(robot, app.stage, app.window, screen, theme);

                robot.interact(app.window::showShortcuts);
                Window sheet = opened(robot);
                robot.lookup("#" + ShortcutSheet.ID).query();
                check(robot, fit, sheet, "shortcuts", screen, theme);
                closeOthers(robot);

                robot.interact(() -> app.window.select("blocks"));
                ScreenFit.settle(robot);
                robot.interact(() -> robot.lookup("#new-block").queryButton().fire());
                check(robot, fit, opened(robot), "new-block", screen, theme);
                closeOthers(robot);

                robot.interact(() -> robot.lookup("#logbook-menu").queryAs(MenuButton.class).getItems().stream()
                        .filter(i -> "export-history".equals(i.getId())).findFirst().orElseThrow().fire());
                check(robot, fit, opened(robot), "export-history", screen, theme);
                closeOthers(robot);

                robot.interact(() -> robot.lookup("#logbook-menu").queryAs(MenuButton.class).getItems().stream()
                        .filter(i -> "import-history".equals(i.getId())).findFirst().orElseThrow().fire());
                check(robot, fit, opened(robot), "import-history", screen, theme);
                closeOthers(robot);
            }
        }
        fit.check();
    }

    /**
     * The small laptop at 100, 150 and 200 % text, where a dialog is shortest of room; the larger screens give a
     * dialog more of it, and checking them too would add a minute to the build for nothing new.
     */
    private static final List<Screen> SMALL_LAPTOP_TEXT_SIZES = List.of(Screen.SMALL_LAPTOP,
            new Screen("1024x640-text150", 1024, 640, TextSize.LARGE), Screen.SMALL_LAPTOP_TEXT200);

    /**
     * The athlete settings, a block's re-plan and the Log's routines, on the small laptop at each text size: each opens with the focus
     * on its first field, fits its window with its buttons whole, and Esc closes it without acting.
     */
    @Test
    void theAthleteAndReplanDialogsFitASmallLaptopAndWorkFromTheKeyboard(FxRobot robot) throws Exception {
        app.openSample(robot, folder);
        TrainingBlock linear = app.logbook.blocks().all().stream().filter(b -> b.name().startsWith("Linear 5×5")
                && b.status(FitFixture.TODAY) == BlockStatus.ACTIVE).findFirst().orElseThrow();
        ScreenFit fit = new ScreenFit();
        for (Screen screen : SMALL_LAPTOP_TEXT_SIZES) {
            for (Theme theme : FitFixture.THEMES) {
                ScreenFit.show(robot, app.stage, app.window, screen, theme);

                robot.interact(() -> robot.lookup("#logbook-menu").queryAs(MenuButton.class).getItems().stream()
                        .filter(i -> "open-athlete".equals(i.getId())).findFirst().orElseThrow().fire());
                Window athlete = opened(robot);
                focusOn(athlete, "athlete-max-hr");
                check(robot, fit, athlete, "athlete", screen, theme);
                closesWithEscape(robot, athlete);

                robot.interact(() -> app.window.select("blocks"));
                ScreenFit.settle(robot);
                robot.interact(() -> robot.lookup("#block-" + linear.id()).query().requestFocus());
                robot.type(KeyCode.ENTER);
                ScreenFit.settle(robot);
                robot.interact(() -> robot.lookup("#replan-block").queryButton().fire());
                Window replan = opened(robot);
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> replan.getScene().getFocusOwner() != null
                        && replan.getScene().getFocusOwner().isFocused());
                check(robot, fit, replan, "replan", screen, theme);
                closesWithEscape(robot, replan);
                robot.interact(() -> robot.lookup("#back-to-blocks").queryButton().fire());

                robot.interact(() -> app.window.select("log"));
                ScreenFit.settle(robot);
                robot.interact(() -> ((LogView) robot.lookup("#" + LogView.ID).query()).openRoutines());
                Window routines = opened(robot);
                focusOn(routines, "routine-list");
                check(robot, fit, routines, "routines", screen, theme);
                closesWithEscape(robot, routines);
                robot.interact(() -> app.window.select("history"));
            }
        }
        fit.check();
    }

    private static void focusOn(Window window, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.getScene().getFocusOwner() != null
                && id.equals(window.getScene().getFocusOwner().getId()));
    }

    private static void closesWithEscape(FxRobot robot, Window window) throws Exception {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.isShowing());
    }

    @Test
    void theWelcomeOfAnEmptyLogbookFitsEveryScreen(FxRobot robot) throws Exception {
        app.logbook = Logbook.open(folder.resolve("empty.db"));
        app.services = TestLogbooks.services(app.logbook, FitFixture.TODAY.atTime(20, 0));
        robot.interact(() -> app.window.showLogbook(app.services, true));
        WaitForAsyncUtils.waitForFxEvents();
        // The keyboard starts on the welcome's first button.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.stage.getScene().getFocusOwner() instanceof Button b
                && b.getText().equals("Log your first session"));
        ScreenFit fit = new ScreenFit();
        for (Screen screen : Screen.ALL) {
            for (Theme theme : FitFixture.THEMES) {
                ScreenFit.show(robot, app.stage, app.window, screen, theme);
                String where = "welcome " + screen.name() + " " + theme;
                fit.noneElided(robot, app.window, where);
                fit.noSidewaysOverflow(robot, app.window, where);
                fit.inside(robot, robot.lookup("#" + WelcomeView.ID).query(), app.window, where);
                fit.inside(robot, robot.lookup("#load-sample").query(), app.window, where);
                ScreenFit.snapshot(app.window, "fit-welcome", screen, theme);
            }
        }
        fit.check();
    }
}
