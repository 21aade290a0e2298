package app.overload.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.MainWindow;
import app.overload.ui.Snapshots;
import app.overload.ui.TestLogbooks;
import app.overload.ui.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The summary card at the top of a 1366 × 768 window, as the Blocks section will show it. */
@ExtendWith(ApplicationExtension.class)
class TrainingShareViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private VBox host;
    private Logbook logbook;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        host = new VBox();
        host.getStyleClass().add("content");
        host.getStylesheets().add(MainWindow.class.getResource("overload.css").toExternalForm());
        stage.setScene(new Scene(host, 1366, 768));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        if (logbook != null) {
            logbook.close();
        }
    }

    private void show(FxRobot robot, boolean withSample) {
        logbook = withSample ? TestLogbooks.sample(folder.resolve("share.db"), 1, TODAY)
                : Logbook.open(folder.resolve("share.db"));
        AppServices services = TestLogbooks.services(logbook, TODAY.atTime(21, 0));
        robot.interact(() -> host.getChildren().setAll(TrainingShareView.create(services)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Visible with every parent visible: what a person would see. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void switchesBetweenFourAndTwelveWeeks(FxRobot robot) {
        show(robot, true);
        assertThat(text(robot, "#training-amount")).isEqualTo("21 sessions · 24 h 27 min");
        assertThat(robot.lookup(".week-head").queryAll()).hasSize(5);
        Snapshots.save(host, "training-share-4-weeks.png");

        robot.clickOn("#share-12-weeks");

        assertThat(text(robot, "#training-amount")).startsWith("55 sessions");
        assertThat(robot.lookup(".week-head").queryAll()).hasSize(13);
        Snapshots.save(host, "training-share-12-weeks.png");
    }

    @Test
    void readsInTheDarkTheme(FxRobot robot) {
        robot.interact(Theme.DARK::apply);
        show(robot, true);
        robot.clickOn("#share-12-weeks");
        Snapshots.save(host, "training-share-dark.png");
        assertThat(text(robot, "#workout-amount")).startsWith("45 sessions");
    }

    @Test
    void anEmptyLogbookGetsASentenceInsteadOfEmptyBars(FxRobot robot) {
        show(robot, false);
        assertThat(text(robot, "#training-share-message")).startsWith("No sessions in the last 4 weeks.");
        assertThat(robot.lookup(".share-bar").queryAll().stream().noneMatch(TrainingShareViewTest::shown)).isTrue();
        Snapshots.save(host, "training-share-empty.png");
    }
}
