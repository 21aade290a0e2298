package app.overload.ui.fit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import app.overload.ui.Theme;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Log form holding a lift with its sets, a run and a timed activity, as a workout and as training, on every
 * screen and in both themes: its header, entry cards, add bar, set rows and Save all show whole.
 */
@ExtendWith(ApplicationExtension.class)
class LogFitTest {

    /**
     * Every screen, 200 % text included: there the title row drops its hint of keys, the form's header scrolls with
     * the entries on a low window, and the run's and the timed activity's fields flow onto a second line.
     */
    private static final List<Screen> SCREENS = Screen.ALL;

    @TempDir
    Path folder;

    private FitFixture app;

    @Start
    void start(Stage stage) {
        app = new FitFixture(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private void focusReaches(FxRobot robot, String styleClass) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            Node owner = app.stage.getScene().getFocusOwner();
            return owner != null && owner.getStyleClass().contains(styleClass);
        });
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void aFullFormFitsEveryScreen(FxRobot robot) throws Exception {
        app.openSample(robot, folder);
        ScreenFit.show(robot, app.stage, app.window, Screen.LAPTOP, Theme.LIGHT);
        shortcut(robot, KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#add-exercise").query().isFocused());
        robot.write("squ").type(KeyCode.ENTER);
        focusReaches(robot, "reps");
        robot.write("5").type(KeyCode.TAB).write("100").type(KeyCode.TAB).write("8").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        shortcut(robot, KeyCode.R);
        focusReaches(robot, "distance");
        robot.write("5").type(KeyCode.TAB).write("25:00");
        shortcut(robot, KeyCode.T);
        focusReaches(robot, "activity");
        robot.write("Stretching").type(KeyCode.TAB).write("15");

        ScreenFit fit = new ScreenFit();
        for (String kind : new String[] {"workout", "training"}) {
            shortcut(robot, kind.equals("workout") ? KeyCode.DIGIT1 : KeyCode.DIGIT2);
            for (Screen screen : SCREENS) {
                for (Theme theme : FitFixture.THEMES) {
                    ScreenFit.show(robot, app.stage, app.window, screen, theme);
                    String where = "log (" + kind + ") " + screen.name() + " " + theme;
                    fit.noneElided(robot, app.window, where);
                    fit.noSidewaysOverflow(robot, app.window, where);
                    fit.inside(robot, robot.lookup("#log-save").query(), app.window, where);
                    Node scroll = robot.lookup(".log-scroll").query();
                    fit.insideSideways(robot, robot.lookup("#add-timed").query(), scroll, where);
                    for (Node card : robot.lookup(".entry-card").queryAll()) {
                        fit.insideSideways(robot, card, scroll, where + " entry card");
                    }
                    for (Node row : robot.lookup(".set-row").queryAll()) {
                        fit.insideSideways(robot, row, scroll, where + " set row");
                    }
                    ScreenFit.snapshot(app.window, "fit-log-" + kind, screen, theme);
                }
            }
        }
        fit.check();
    }
}
