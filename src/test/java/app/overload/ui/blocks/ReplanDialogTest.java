package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import app.overload.domain.BlockStatus;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.Mass;
import app.overload.domain.Session;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.progression.WhatIf;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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
 * The re-plan dialog on the one-year sample whose last week of the active 5×5 block was never logged: the drift
 * notice offers it, the diff shows each changed session with its reason, and accepting some of it saves only those,
 * in a way Undo takes back. Snapshots light and dark at 1024 × 640 and 1920 × 1080.
 */
@ExtendWith(ApplicationExtension.class)
class ReplanDialogTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    MainWindow window;
    Logbook logbook;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = ShellStage.show(stage, 1024, 640);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        new FxRobot().interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide));
        if (logbook != null) {
            logbook.close();
        }
    }

    /** The sample with the 5×5 block's sessions of the week before today left out: a missed week. */
    private TrainingBlock openWithMissedWeek(FxRobot robot) {
        return openWithMissedWeek(robot, null);
    }

    /** As above, the 5×5 block's goal made {@code goal} when not null. */
    private TrainingBlock openWithMissedWeek(FxRobot robot, Goal goal) {
        logbook = Logbook.open(folder.resolve("sample.db"));
        SampleLogbook sample = SampleLogbook.generate(1, 7, TODAY);
        TrainingBlock active = sample.blocks().stream().filter(b -> b.name().startsWith("Linear 5×5")
                && b.status(TODAY) == BlockStatus.ACTIVE).findFirst().orElseThrow();
        TrainingBlock linear = goal == null ? active : new WhatIf.SetGoal(goal).apply(active, TODAY).block();
        List<Session> kept = sample.sessions().stream().filter(s -> !(s instanceof TrainingSession t
                && linear.id().equals(t.block()) && !s.date().isBefore(TODAY.minusDays(7)))).toList();
        List<TrainingBlock> blocks = sample.blocks().stream().map(b -> b.id().equals(linear.id()) ? linear : b)
                .toList();
        logbook.saveAll(blocks, kept);
        AppServices services = new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                logbook.settings().units());
        robot.interact(() -> window.showLogbook(services, false));
        robot.clickOn("#nav-blocks");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#block-" + linear.id());
        WaitForAsyncUtils.waitForFxEvents();
        return linear;
    }

    private static void resize(FxRobot robot, DialogPane pane, double width, double height) {
        robot.interact(() -> {
            Window dialog = pane.getScene().getWindow();
            dialog.setWidth(width);
            dialog.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aMissedWeekIsNoticedAndTheDiffGivesAReasonForEverySession(FxRobot robot) {
        TrainingBlock linear = openWithMissedWeek(robot);
        assertThat(text(robot, "#drift-notice")).isNotBlank();
        assertThat(robot.lookup("#block-outlook").queryAs(Label.class).getText()).startsWith("On ");
        Snapshots.save(window, "replan-block-drift-light.png");

        robot.clickOn("#drift-replan");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#replan-dialog").queryAs(DialogPane.class);
        assertThat(text(robot, "#replan-headline")).contains("change");
        assertThat(robot.lookup(".diff-reason").queryAllAs(Label.class)).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.getText()).isNotBlank());
        assertThat(robot.lookup(".diff-after").queryAllAs(Label.class))
                .allSatisfy(after -> assertThat(after.getText()).contains("kg"));

        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            for (int[] size : new int[][] {{1024, 640}, {1920, 1080}}) {
                resize(robot, pane, size[0], size[1]);
                Node accept = pane.lookupButton(ReplanDialog.ACCEPT_ALL);
                Bounds inScene = accept.localToScene(accept.getBoundsInLocal());
                assertThat(inScene.getMaxY()).as("Accept all inside a window %s high", size[1])
                        .isLessThanOrEqualTo(pane.getScene().getHeight());
                Snapshots.save(pane, "replan-dialog-" + theme.name().toLowerCase() + "-" + size[0] + "x" + size[1]
                        + ".png");
            }
        }
        robot.interact(Theme.LIGHT::apply);
        robot.clickOn("#replan-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logbook.blocks().find(linear.id()).orElseThrow()).as("Cancel saves nothing").isEqualTo(linear);
    }

    @Test
    void acceptingSomeSavesOnlyThoseAndUndoPutsThePlanBack(FxRobot robot) {
        TrainingBlock linear = openWithMissedWeek(robot);
        robot.clickOn("#replan-block");
        WaitForAsyncUtils.waitForFxEvents();
        List<CheckBox> ticks = robot.lookup(".diff-cell").queryAll().stream()
                .filter(CheckBox.class::isInstance).map(CheckBox.class::cast).toList();
        assertThat(ticks).hasSizeGreaterThan(1);
        robot.interact(() -> ticks.subList(1, ticks.size()).forEach(t -> t.setSelected(false)));
        robot.clickOn("#replan-accept-chosen");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#replan-dialog").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(text(robot, "#replan-result")).isEqualTo("Re-plan accepted: 1 session changed.");
        TrainingBlock saved = logbook.blocks().find(linear.id()).orElseThrow();
        long differing = saved.plan().stream().filter(p -> !linear.plan().contains(p)).count();
        assertThat(differing).isEqualTo(1);

        robot.clickOn("#replan-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logbook.blocks().find(linear.id()).orElseThrow().plan()).isEqualTo(linear.plan());
        assertThat(text(robot, "#replan-result")).isEqualTo("Re-plan undone: the plan is as it was.");
        assertThat(robot.lookup("#replan-undo").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void aGoalOutOfReachOffersToMoveTheDateOrAimLower(FxRobot robot) {
        openWithMissedWeek(robot, new StrengthGoal(ExerciseId.of("back-squat"), Mass.kilograms(140), 5));
        robot.clickOn("#replan-block");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#replan-dialog").queryAs(DialogPane.class);
        assertThat(text(robot, "#replan-reach")).startsWith("The goal is out of safe reach by 3 Jan")
                .contains("Keep it,");
        assertThat(robot.lookup("#replan-lower").queryAs(CheckBox.class).getText()).startsWith("Aim at ");
        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            resize(robot, pane, 1024, 640);
            Snapshots.save(pane, "replan-dialog-reach-" + theme.name().toLowerCase() + "-1024x640.png");
        }
        robot.interact(Theme.LIGHT::apply);
        robot.clickOn("#replan-lower");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#replan-outlook")).startsWith("New target: ");
        Snapshots.save(pane, "replan-dialog-lowered-light-1024x640.png");
        robot.clickOn("#replan-cancel");
    }
}
