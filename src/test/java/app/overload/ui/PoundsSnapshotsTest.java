package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import app.overload.domain.BlockStatus;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
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
 * The sample year (planned in kilograms) read by a lifter in pounds: the log form with today's planned session, the
 * history, the 5×5 block and the strength chart, light and dark, at 1024 × 640 and 1920 × 1080. Every load the
 * views show as a target reads in whole pounds, never 209.44 lb.
 */
@ExtendWith(ApplicationExtension.class)
class PoundsSnapshotsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** A number of pounds with more than one decimal: what a kilogram load converted and not rounded looks like. */
    private static final Pattern UNROUNDED = Pattern.compile("\\d+\\.\\d\\d+ lb");

    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = ShellStage.show(stage, 1024, 640);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        if (logbook != null) {
            logbook.close();
        }
    }

    @Test
    void theMainViewsInPoundsAtTwoSizesLightAndDark(FxRobot robot) {
        logbook = TestLogbooks.sample(folder.resolve("pounds.db"), 7, TODAY);
        TestLogbooks.notYetLogged(logbook, TODAY);
        logbook.settings().saveUnits(UnitPreferences.IMPERIAL);
        robot.interact(() -> window.showLogbook(TestLogbooks.services(logbook, TODAY.atTime(18, 0)), false));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingBlock linear = logbook.blocks().all().stream().filter(b -> b.name().startsWith("Linear 5×5")
                && b.status(TODAY) == BlockStatus.ACTIVE).findFirst().orElseThrow();

        for (int[] size : List.of(new int[] {1024, 640}, new int[] {1920, 1080})) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                robot.interact(theme::apply);
                String suffix = "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + size[0] + ".png";

                robot.clickOn("#nav-log");
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(robot.lookup(".text-input").queryAllAs(TextInputControl.class)).extracting(
                        TextInputControl::getText).noneMatch(t -> t.matches("\\d+\\.\\d\\d+"));
                saveLooked(robot, "pounds-log" + suffix);

                robot.clickOn("#nav-history");
                WaitForAsyncUtils.waitForFxEvents();
                saveLooked(robot, "pounds-history" + suffix);

                robot.clickOn("#nav-blocks");
                WaitForAsyncUtils.waitForFxEvents();
                robot.clickOn("#block-" + linear.id());
                WaitForAsyncUtils.waitForFxEvents();
                robot.moveTo("#block-name");
                saveLooked(robot, "pounds-block" + suffix);
                robot.clickOn("#day-" + TODAY);
                WaitForAsyncUtils.waitForFxEvents();
                saveLooked(robot, "pounds-plan" + suffix);
                robot.clickOn("#plan-editor-close");
                TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
                robot.interact(() -> tabs.getSelectionModel().select(1));
                WaitForAsyncUtils.waitForFxEvents();
                saveLooked(robot, "pounds-next-week" + suffix);
                robot.interact(() -> tabs.getSelectionModel().select(0));
                robot.clickOn("#back-to-blocks");

                robot.clickOn("#nav-progress");
                WaitForAsyncUtils.waitForFxEvents();
                saveLooked(robot, "pounds-progress" + suffix);
            }
        }
    }

    /** Saves the window and checks that no label, button or field in it shows an unrounded pound figure. */
    private void saveLooked(FxRobot robot, String name) {
        assertThat(window.getWidth()).isEqualTo(stage.getWidth());
        List<String> texts = robot.lookup(node -> visible(node) && node instanceof Labeled).queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).filter(t -> t != null && UNROUNDED.matcher(t).find()).toList();
        assertThat(texts).as(name).isEmpty();
        Snapshots.save(window, name);
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
