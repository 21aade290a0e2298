package app.overload.ui.fit;

import java.nio.file.Path;

import app.overload.domain.BlockStatus;
import app.overload.domain.TrainingBlock;
import app.overload.ui.Theme;
import app.overload.ui.blocks.BlockView;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Blocks section on every screen and in both themes: the list with its summary, an active block's plan with
 * the day's side panel and its plan form, and the Next week tab.
 */
@ExtendWith(ApplicationExtension.class)
class BlocksFitTest {

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

    /**
     * A planned day's target ("Back squat 5×5 @ 92.5 kg +5") is two lines at most in a narrow day, by design; the
     * chip's tooltip and the side panel say it whole.
     */
    private static boolean chipTarget(Labeled labeled) {
        return labeled.getStyleClass().contains("chip-target");
    }

    @Test
    void theListABlockItsSidePanelAndNextWeekFitEveryScreen(FxRobot robot) {
        app.openSample(robot, folder);
        TrainingBlock linear = app.logbook.blocks().all().stream().filter(b -> b.name().startsWith("Linear 5×5")
                && b.status(FitFixture.TODAY) == BlockStatus.ACTIVE).findFirst().orElseThrow();
        ScreenFit fit = new ScreenFit();
        for (Screen screen : Screen.ALL) {
            for (Theme theme : FitFixture.THEMES) {
                ScreenFit.show(robot, app.stage, app.window, screen, theme);
                robot.interact(() -> app.window.select("blocks"));
                ScreenFit.settle(robot);
                String where = screen.name() + " " + theme;
                fit.noneElided(robot, app.window, "blocks list " + where);
                fit.noSidewaysOverflow(robot, app.window, "blocks list " + where);
                fit.inside(robot, robot.lookup("#new-block").query(), app.window, "blocks list " + where);
                ScreenFit.snapshot(app.window, "fit-blocks-list", screen, theme);

                // With the keyboard, as a click would miss a block or a day scrolled out of sight on a short screen.
                robot.interact(() -> robot.lookup("#block-" + linear.id()).query().requestFocus());
                robot.type(KeyCode.ENTER);
                ScreenFit.settle(robot);
                robot.interact(() -> robot.lookup("#day-" + FitFixture.TODAY).query().requestFocus());
                robot.type(KeyCode.SPACE);
                ScreenFit.settle(robot);
                fit.noneElided(robot, app.window, "block with its day " + where, BlocksFitTest::chipTarget);
                fit.noSidewaysOverflow(robot, app.window, "block with its day " + where);
                fit.inside(robot, robot.lookup("#plan-editor").query(), app.window, "block with its day " + where);
                ScreenFit.snapshot(app.window, "fit-blocks-day", screen, theme);

                robot.interact(() -> robot.lookup((Node n) -> n.getId() != null
                        && n.getId().startsWith("plan-edit-")).queryButton().fire());
                ScreenFit.settle(robot);
                fit.noneElided(robot, app.window, "plan form " + where, BlocksFitTest::chipTarget);
                fit.noSidewaysOverflow(robot, app.window, "plan form " + where);
                fit.inside(robot, robot.lookup("#plan-save").query(), app.window, "plan form " + where);
                ScreenFit.snapshot(app.window, "fit-blocks-plan-form", screen, theme);
                robot.interact(() -> robot.lookup("#plan-cancel").queryButton().fire());

                robot.interact(() -> robot.lookup("#" + BlockView.ID).queryAs(BlockView.class).tabs()
                        .getSelectionModel().selectLast());
                ScreenFit.settle(robot);
                fit.noneElided(robot, app.window, "next week " + where);
                fit.noSidewaysOverflow(robot, app.window, "next week " + where);
                ScreenFit.snapshot(app.window, "fit-blocks-next-week", screen, theme);
                robot.interact(() -> robot.lookup("#back-to-blocks").queryButton().fire());
                ScreenFit.settle(robot);
            }
        }
        fit.check();
    }
}
