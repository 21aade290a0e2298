package app.overload.ui.suggest;

import static app.overload.ui.suggest.SampleFixture.HALF_DAY;
import static app.overload.ui.suggest.SampleFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import app.overload.domain.TrainingBlock;
import app.overload.ui.AppServices;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.MainWindow;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/**
 * The next-week panel hosted on its own in a 1366 × 768 window, on a year of the sample athlete: clicking Accept,
 * typing a load, the volume override and the ended state, with snapshots in {@code target/snapshots/next-week-*}.
 */
@ExtendWith(ApplicationExtension.class)
class NextWeekViewTest {

    @TempDir
    Path folder;

    private Stage stage;
    private StackPane host;
    private SampleFixture sample;

    @Start
    void start(Stage primary) {
        stage = primary;
        Theme.LIGHT.apply();
        host = new StackPane();
        host.getStyleClass().add("content");
        host.getStylesheets().add(MainWindow.class.getResource("overload.css").toExternalForm());
        stage.setScene(new Scene(host, 1366, 768));
        stage.sizeToScene(); // the stage is shared by the tests, and one of them narrows it
        stage.show();
    }

    @AfterEach
    void close() {
        // The stage is shared by every TestFX class in the run: give it back at the size the others expect.
        new FxRobot().interact(() -> {
            Theme.LIGHT.apply();
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        if (sample != null) {
            sample.close();
        }
    }

    private NextWeekView show(FxRobot robot, String prefix, LocalDate today) {
        sample = new SampleFixture(folder);
        TrainingBlock block = sample.active(prefix, today);
        AppServices services = new AppServices(sample.logbook, new CurrentThreadTaskExecutor(), SampleFixture.at(today),
                sample.units.get());
        robot.interact(() -> host.getChildren().setAll(NextWeekView.create(services, block, () -> sample.accepted++)));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + NextWeekView.ID).queryAs(NextWeekView.class);
    }

    private static SuggestionRow row(NextWeekView view, String prescribedStart) {
        return view.rows().stream().filter(r -> r.item().prescribedText().startsWith(prescribedStart)).findFirst()
                .orElseThrow();
    }

    private static <T extends Node> T in(FxRobot robot, Node parent, String query, Class<T> type) {
        return robot.from(parent).lookup(query).queryAs(type);
    }

    @Test
    void acceptingOneRunWritesItAndTheRowShowsThePlanAsItIsNow(FxRobot robot) {
        NextWeekView view = show(robot, "Half", HALF_DAY);
        Snapshots.save(stage.getScene().getRoot(), "next-week-running.png");
        assertThat(robot.lookup("#accept-all").queryAs(Button.class).getText()).isEqualTo("Accept all (2)");
        SuggestionRow tempo = row(view, "Run 9.7 km @ 4:21 /km");

        robot.clickOn(in(robot, tempo, ".accept-one", Button.class));

        assertThat(sample.accepted).isEqualTo(1);
        assertThat(robot.lookup("#accept-message").queryAs(Label.class).getText())
                .isEqualTo("Accepted Run 12.8 km @ 4:21 /km for Thu 19 Nov.");
        assertThat(row(view, "Run 12.8 km @ 4:21 /km").item().changesPlan()).isFalse();
        assertThat(robot.lookup("#accept-all").queryAs(Button.class).getText()).isEqualTo("Accept all (1)");
    }

    @Test
    void typingALoadAndPressingEnterAcceptsIt(FxRobot robot) {
        NextWeekView view = show(robot, "Linear", TODAY);
        Snapshots.save(stage.getScene().getRoot(), "next-week-lifting.png");
        SuggestionRow squat = view.rows().get(0);
        TextField load = in(robot, squat, ".edit-value", TextField.class);
        Button accept = in(robot, squat, ".accept-one", Button.class);
        assertThat(accept.isDisabled()).as("nothing to accept until a different number is typed").isTrue();

        robot.doubleClickOn(load).write("x");
        assertThat(in(robot, squat, ".edit-error", Label.class).isVisible()).isTrue();
        assertThat(accept.isDisabled()).isTrue();
        Snapshots.save(stage.getScene().getRoot(), "next-week-edit-error.png");
        robot.interact(() -> load.setText(""));
        robot.clickOn(load).write("87.5").type(KeyCode.ENTER);

        assertThat(sample.accepted).isEqualTo(1);
        assertThat(robot.lookup("#accept-message").queryAs(Label.class).getText())
                .isEqualTo("Accepted Back squat 3×5 @ 87.5 kg for Mon 30 Nov.");
    }

    @Test
    void theOverrideTickBoxSuggestsTheJumpInDark(FxRobot robot) {
        robot.interact(Theme.DARK::apply);
        NextWeekView view = show(robot, "Half", LocalDate.of(2026, 10, 11));
        CheckBox override = robot.lookup("#volume-override").queryAs(CheckBox.class);
        assertThat(override.isVisible()).isTrue();
        assertThat(row(view, "Run 13.5 km").item().changesPlan()).isTrue();
        Snapshots.save(stage.getScene().getRoot(), "next-week-volume-dark.png");

        robot.clickOn(override);

        assertThat(view.model().allowVolumeJumpProperty().get()).isTrue();
        assertThat(row(view, "Run 13.5 km").item().changesPlan()).isFalse();
        // As narrow as the Blocks section may leave it: long rows wrap instead of being cut.
        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(stage.getScene().getRoot(), "next-week-narrow-dark.png");
    }

    @Test
    void anEndedBlockSaysSoAndTheWeekPickerLooksBack(FxRobot robot) {
        sample = new SampleFixture(folder);
        TrainingBlock old = sample.logbook.blocks().findByName("Half marathon (Mar 2026)").orElseThrow();
        AppServices services = new AppServices(sample.logbook, new CurrentThreadTaskExecutor(),
                SampleFixture.at(TODAY), sample.units.get());
        robot.interact(() -> host.getChildren().setAll(NextWeekView.create(services, old, () -> { })));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#next-week-status").queryAs(Label.class).getText())
                .startsWith("This block has ended");
        Snapshots.save(stage.getScene().getRoot(), "next-week-ended.png");

        robot.clickOn("#week-picker").type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);

        NextWeekView view = robot.lookup("#" + NextWeekView.ID).queryAs(NextWeekView.class);
        assertThat(view.rows()).isNotEmpty();
        assertThat(robot.lookup(".accept-one").tryQuery()).isEmpty();
        assertThat(robot.lookup("#ended-banner").query().isVisible()).isTrue();
        Snapshots.save(stage.getScene().getRoot(), "next-week-ended-week.png");
    }
}
