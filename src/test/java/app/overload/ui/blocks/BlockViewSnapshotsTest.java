package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.overload.TempLogbook;
import app.overload.domain.BlockStatus;
import app.overload.domain.TrainingBlock;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The block view of the one-year sample's active 5×5 and half-marathon blocks, light and dark, at 1366 × 768. */
@ExtendWith(ApplicationExtension.class)
class BlockViewSnapshotsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("sample.db");

    MainWindow window;
    Logbook logbook;

    @Start
    void start(Stage stage) {
        window = ShellStage.show(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        if (logbook != null) {
            logbook.close();
        }
    }

    void open(FxRobot robot) {
        logbook = temp.open();
        SampleLogbook sample = SampleLogbook.generate(1, 7, TODAY);
        logbook.saveAll(sample.blocks(), sample.sessions());
        AppServices services = new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                logbook.settings().units());
        robot.interact(() -> window.showLogbook(services, false));
        robot.clickOn("#nav-blocks");
        WaitForAsyncUtils.waitForFxEvents();
    }

    TrainingBlock named(String prefix) {
        return logbook.blocks().all().stream().filter(b -> b.name().startsWith(prefix)
                && b.status(TODAY) == BlockStatus.ACTIVE).findFirst().orElseThrow();
    }

    @Test
    void theNewBlockDialog(FxRobot robot) {
        open(robot);
        robot.clickOn("#new-block");
        WaitForAsyncUtils.waitForFxEvents();
        // The level comes filled from the logbook's recent sessions; the user types over it.
        robot.interact(() -> robot.lookup("#level-load-0").queryAs(TextField.class).clear());
        robot.clickOn("#level-load-0").write("80");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#level-load-0").queryAs(TextField.class).getText()).isEqualTo("80");
        assertThat(robot.lookup("#new-block-description").queryAs(Label.class).getText())
                .as("the chosen template says what it holds").isNotBlank();
        assertThat(robot.lookup("#new-block-message").queryAs(Label.class).getText())
                .as("a level of 80 kg is accepted").doesNotContainIgnoringCase("load");
        Snapshots.save(robot.lookup("#new-block-dialog").query(), "blocks-new-light.png");
        robot.interact(() -> robot.lookup(".dialog-scroll").queryAs(ScrollPane.class)
                .setVvalue(1));
        Snapshots.save(robot.lookup("#new-block-dialog").query(), "blocks-new-preview-light.png");
        robot.interact(Theme.DARK::apply);
        Snapshots.save(robot.lookup("#new-block-dialog").query(), "blocks-new-dark.png");
        robot.clickOn("#new-block-cancel");
    }

    @Test
    void theListAndTheActiveBlocksLightAndDark(FxRobot robot) {
        open(robot);
        Snapshots.save(window, "blocks-list.png");

        TrainingBlock linear = named("Linear 5×5");
        robot.clickOn("#block-" + linear.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#block-name").queryAs(Label.class).getText()).isEqualTo(linear.name());
        robot.moveTo("#block-name");
        Snapshots.save(window, "blocks-5x5-light.png");

        robot.clickOn("#day-" + TODAY);
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(window, "blocks-plan-editor-light.png");
        robot.clickOn("Change");
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(window, "blocks-plan-form-light.png");
        robot.clickOn("#rx-edit-0");
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(robot.lookup("#prescription-dialog").query(), "blocks-prescription-light.png");
        robot.clickOn("#rx-cancel");
        robot.clickOn("#plan-cancel");

        robot.clickOn("#back-to-blocks");
        TrainingBlock half = named("Half marathon");
        robot.clickOn("#block-" + half.id());
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo("#block-name");
        Snapshots.save(window, "blocks-half-light.png");

        robot.interact(Theme.DARK::apply);
        Snapshots.save(window, "blocks-half-dark.png");
        robot.clickOn("#back-to-blocks");
        Snapshots.save(window, "blocks-list-dark.png");
        robot.clickOn("#block-" + linear.id());
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo("#block-name");
        Snapshots.save(window, "blocks-5x5-dark.png");
        robot.clickOn("#day-" + TODAY);
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(window, "blocks-plan-editor-dark.png");
    }
}
