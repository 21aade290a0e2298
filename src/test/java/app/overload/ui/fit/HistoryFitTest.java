package app.overload.ui.fit;

import java.nio.file.Path;

import app.overload.ui.Theme;
import app.overload.ui.history.SummaryCell;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The History, list and calendar, on every screen and in both themes: nothing it names is cut short or hidden. */
@ExtendWith(ApplicationExtension.class)
class HistoryFitTest {

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

    /** Only a session's one-line summary may be shortened: its whole text is in its tooltip and in the form. */
    private static boolean sessionSummary(Labeled labeled) {
        return labeled.getStyleClass().contains(SummaryCell.SESSION);
    }

    @Test
    void theListAndTheCalendarFitEveryScreen(FxRobot robot) {
        app.openSample(robot, folder);
        ScreenFit fit = new ScreenFit();
        for (Screen screen : Screen.ALL) {
            for (Theme theme : FitFixture.THEMES) {
                ScreenFit.show(robot, app.stage, app.window, screen, theme);
                robot.interact(() -> app.window.select("history"));
                ScreenFit.settle(robot);
                String where = "history " + screen.name() + " " + theme;
                fit.noneElided(robot, app.window, where, HistoryFitTest::sessionSummary);
                fit.noSidewaysOverflow(robot, app.window, where);
                fit.inside(robot, robot.lookup("#new-session").query(), app.window, where);
                fit.inside(robot, robot.lookup("#load-earlier").query(), app.window, where);
                ScreenFit.snapshot(app.window, "fit-history", screen, theme);

                robot.clickOn("#view-calendar");
                ScreenFit.settle(robot);
                fit.noneElided(robot, app.window, "calendar " + screen.name() + " " + theme);
                fit.noSidewaysOverflow(robot, app.window, "calendar " + screen.name() + " " + theme);
                ScreenFit.snapshot(app.window, "fit-calendar", screen, theme);
                robot.clickOn("#view-list");
            }
        }
        fit.check();
    }
}
