package app.overload.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export history… and the block view's Export plan menu in a (headless) window, light and dark, two sizes. */
@ExtendWith(ApplicationExtension.class)
class ExportSnapshotsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private MainWindow window;
    private Stage stage;
    private Logbook logbook;
    private AppServices services;

    @Start
    void start(Stage primary) {
        stage = primary;
        window = ShellStage.show(primary, 1024, 640);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        if (logbook != null) {
            logbook.close();
        }
    }

    private void open(FxRobot robot) {
        logbook = Logbook.open(folder.resolve("sample.db"));
        SampleLogbook sample = SampleLogbook.generate(1, 7, TODAY);
        logbook.saveAll(sample.blocks(), sample.sessions());
        services = new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                logbook.settings().units());
        robot.interact(() -> window.showLogbook(services, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A picture of the window at another size, taken in a scene of its own that is never shown: the headless screen
     * is 1400 × 900, and resizing the shared test stage would leave later test classes in a squeezed window.
     */
    private void saveAt(FxRobot robot, double width, double height, String name) {
        Scene[] scenes = new Scene[2];
        robot.interact(() -> {
            scenes[0] = stage.getScene();
            scenes[0].setRoot(new StackPane());
            scenes[1] = new Scene(window, width, height);
            window.applyCss();
            window.layout();
        });
        Snapshots.save(window, name);
        robot.interact(() -> {
            scenes[1].setRoot(new StackPane());
            scenes[0].setRoot(window);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportHistoryWritesTheChosenFileAndSaysWhereItWent(FxRobot robot) throws Exception {
        open(robot);
        Path target = folder.resolve("history.json");
        ExportHistoryViewModel model = new ExportHistoryViewModel(logbook, services.executor(), services.units());
        ExportHistoryDialog[] dialog = new ExportHistoryDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportHistoryDialog(stage, model, TODAY, suggested -> {
                assertThat(suggested).isEqualTo("overload-history-2026-11-23.json");
                return target;
            });
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(dialog[0].pane(), "export-history-light.png");

        robot.interact(() -> robot.lookup("#export-format-json").queryAs(RadioButton.class).fire());
        robot.interact(() -> ((Button) dialog[0].pane().lookupButton(ExportHistoryDialog.EXPORT)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(target).exists();
        assertThat(Files.readString(target)).startsWith("{\n  \"format\": \"overload-history\"");
        String outcome = robot.lookup("#export-history-outcome").queryAs(Label.class).getText();
        assertThat(outcome).startsWith("Exported ").endsWith(" to " + target.toAbsolutePath() + ".");
        Snapshots.save(dialog[0].pane(), "export-history-done-light.png");
        robot.interact(Theme.DARK::apply);
        Snapshots.save(dialog[0].pane(), "export-history-done-dark.png");
        robot.interact(() -> ((Button) dialog[0].pane().lookupButton(ButtonType.CLOSE)).fire());
    }

    @Test
    void aBackwardsRangeIsSaidAndCannotBeExported(FxRobot robot) {
        open(robot);
        ExportHistoryViewModel model = new ExportHistoryViewModel(logbook, services.executor(), services.units());
        ExportHistoryDialog[] dialog = new ExportHistoryDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportHistoryDialog(stage, model, TODAY, suggested -> null);
            dialog[0].show();
            model.fromProperty().set(LocalDate.of(2026, 11, 1));
            model.toProperty().set(LocalDate.of(2026, 10, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog[0].pane().lookupButton(ExportHistoryDialog.EXPORT).isDisabled()).isTrue();
        assertThat(robot.lookup("#export-history-outcome").queryAs(Label.class).getText())
                .isEqualTo("The first day is after the last day.");
        Snapshots.save(dialog[0].pane(), "export-history-backwards-light.png");
        robot.interact(() -> model.toProperty().set(null));
        assertThat(dialog[0].pane().lookupButton(ExportHistoryDialog.EXPORT).isDisabled()).isFalse();
        robot.interact(() -> ((Button) dialog[0].pane().lookupButton(ButtonType.CLOSE)).fire());
    }

    @Test
    void theBlockViewOffersThePlanForACalendarAndAWatch(FxRobot robot) {
        open(robot);
        TrainingBlock half = logbook.blocks().all().stream().filter(b -> b.name().startsWith("Half marathon")
                && b.status(TODAY) == BlockStatus.ACTIVE).findFirst().orElseThrow();
        robot.clickOn("#nav-blocks");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#block-" + half.id());
        WaitForAsyncUtils.waitForFxEvents();
        for (String theme : new String[] {"light", "dark"}) {
            robot.interact(theme.equals("light") ? Theme.LIGHT::apply : Theme.DARK::apply);
            for (int[] size : new int[][] {{1024, 640}, {1920, 1080}}) {
                saveAt(robot, size[0], size[1], "export-plan-" + size[0] + "-" + theme + ".png");
            }
        }
        MenuButton menu = robot.lookup("#export-plan").queryAs(MenuButton.class);
        assertThat(menu.isVisible()).isTrue();
        assertThat(menu.getItems()).extracting(i -> i.getText())
                .containsExactly("Block file for a coach or athlete (.json)…", null, "Calendar file (.ics)…",
                        "Runs and rides for a watch (.fit)…");
        robot.interact(Theme.LIGHT::apply);
        robot.clickOn("#export-plan");
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(window, "export-plan-menu-1024-light.png");
        robot.interact(menu::hide);
    }
}
