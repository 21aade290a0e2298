package app.overload.ui.fit;

import java.nio.file.Path;

import app.overload.ui.Theme;
import app.overload.usecase.ChartTopic;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Progress section, each topic, on every screen and in both themes. */
@ExtendWith(ApplicationExtension.class)
class ProgressFitTest {

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

    @Test
    void everyTopicFitsEveryScreen(FxRobot robot) {
        app.openSample(robot, folder);
        ScreenFit fit = new ScreenFit();
        for (Screen screen : Screen.ALL) {
            for (Theme theme : FitFixture.THEMES) {
                ScreenFit.show(robot, app.stage, app.window, screen, theme);
                robot.interact(() -> app.window.select("progress"));
                for (ChartTopic topic : ChartTopic.values()) {
                    robot.clickOn("#topic-" + topic.key());
                    ScreenFit.settle(robot);
                    String where = "progress " + topic.key() + " " + screen.name() + " " + theme;
                    fit.noneElided(robot, app.window, where);
                    fit.noSidewaysOverflow(robot, app.window, where);
                    fit.inside(robot, robot.lookup("#range-all").query(), app.window, where);
                    if (topic == ChartTopic.STRENGTH || topic == ChartTopic.LOAD) {
                        ScreenFit.snapshot(app.window, "fit-progress-" + topic.key(), screen, theme);
                    }
                }
            }
        }
        fit.check();
    }
}
