package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work that runs without a form of its own tells the user in the status bar when it fails. */
@ExtendWith(ApplicationExtension.class)
class StatusBarProblemsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage stage) {
        window = ShellStage.show(stage, 1024, 640);
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void unitsThatCannotBeSavedSaySoInTheStatusBarUntilDismissed(FxRobot robot) {
        logbook = TestLogbooks.sample(folder.resolve("problems.db"), 7, TODAY);
        AppServices services = TestLogbooks.services(logbook, TODAY.atTime(20, 0));
        robot.interact(() -> window.showLogbook(services, false));
        Label problem = robot.lookup("#problem-notice").queryAs(Label.class);
        assertThat(problem.isVisible()).isFalse();

        logbook.close(); // the save of the units now fails
        robot.interact(() -> services.changeUnits(UnitPreferences.IMPERIAL));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problem.getText()).startsWith("The units could not be saved");
        assertThat(problem.isVisible()).isTrue();
        assertThat(services.units().get()).isEqualTo(UnitPreferences.IMPERIAL);
        Snapshots.save(window, "status-bar-problem-1024-light.png");

        robot.clickOn(problem);
        assertThat(problem.getText()).isEmpty();
        assertThat(problem.isVisible()).isFalse();

        // The stage stays inside the headless screen: a larger window overflows Monocle's frame buffer.
        robot.interact(() -> {
            services.changeUnits(UnitPreferences.METRIC);
            Theme.DARK.apply();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).startsWith("The units could not be saved");
        Snapshots.save(window, "status-bar-problem-1024-dark.png");
        robot.interact(Theme.LIGHT::apply);
    }
}
