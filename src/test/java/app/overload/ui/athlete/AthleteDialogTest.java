package app.overload.ui.athlete;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import app.overload.domain.LoadMeasure;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import app.overload.ui.TestLogbooks;
import app.overload.ui.Theme;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The athlete settings from the keyboard: Ctrl+, opens them on the maximum heart rate, Tab walks the fields, Enter
 * saves. The dialog keeps its own size whatever the window's, and must fit the smallest screen (1024 × 640); its
 * pictures in both themes go to {@code target/snapshots/athlete-settings-*.png}. (The headless screen is 1400 × 900,
 * so the window is not made larger: a dialog centred on it would fall off the screen.)
 */
@ExtendWith(ApplicationExtension.class)
class AthleteDialogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage shown) {
        stage = shown;
        window = ShellStage.show(shown, 1024, 640);
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

    @ParameterizedTest(name = "{0}×{1}, {2}")
    @CsvSource(textBlock = """
            1024,  640, LIGHT
            1024,  640, DARK
            1366,  768, LIGHT
            1366,  768, DARK
            """)
    void opensFromTheKeyboardAndSavesWithEnter(int width, int height, Theme theme, FxRobot robot) {
        logbook = TestLogbooks.sample(folder.resolve("athlete.db"), 1, TODAY);
        robot.interact(() -> {
            theme.apply();
            stage.setWidth(width);
            stage.setHeight(height);
            window.showLogbook(TestLogbooks.services(logbook, TODAY.atTime(20, 0)), false);
        });
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#" + AthleteDialog.ID).queryAs(DialogPane.class);
        TextField max = robot.lookup("#athlete-max-hr").queryAs(TextField.class);
        assertThat(max.isFocused()).as("the first field has focus").isTrue();
        Window dialog = pane.getScene().getWindow();
        assertThat(dialog.getHeight()).as("the dialog fits the screen").isLessThanOrEqualTo(640);
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(1024);

        robot.targetWindow(dialog); // typed characters go to the window TestFX targets: the dialog, not the main one
        robot.write("188");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.write("47");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.write("171");
        WaitForAsyncUtils.waitForFxEvents();
        String name = "athlete-settings-" + width + "x" + height + "-" + theme.name().toLowerCase();
        Snapshots.save(pane, name + ".png");
        robot.interact(() -> ((ScrollPane) pane.lookup(".scroll-pane")).setVvalue(1));
        Snapshots.save(pane, name + "-end.png");
        assertThat(robot.lookup("#athlete-resting-hr").queryAs(TextField.class).getText()).isEqualTo("47");
        assertThat(robot.lookup("#athlete-zone-2-bpm").queryLabeled().getText()).isEqualTo("146–153 bpm");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(logbook.settings().athlete().thresholdHeartRate()).isEqualTo(171);
        assertThat(logbook.settings().athlete().restingHeartRate()).isEqualTo(47);
        assertThat(logbook.settings().athlete().loadMeasure()).isEqualTo(LoadMeasure.SESSION_RPE);
    }

    @Test
    void escapeClosesWithoutSavingAndTheSampleAthleteFillsTheFields(FxRobot robot) {
        logbook = TestLogbooks.sample(folder.resolve("athlete.db"), 1, TODAY);
        logbook.settings().saveAthlete(SampleLogbook.athlete());
        robot.interact(() -> window.showLogbook(TestLogbooks.services(logbook, TODAY.atTime(20, 0)), false));
        robot.clickOn("#logbook-menu");
        robot.clickOn("#open-athlete");
        WaitForAsyncUtils.waitForFxEvents();
        TextField max = robot.lookup("#athlete-max-hr").queryAs(TextField.class);
        assertThat(max.getText()).isEqualTo("190");
        Node measure = robot.lookup("#athlete-measure-note").query();
        assertThat(measure.isManaged()).isFalse();
        robot.interact(() -> max.setText("200"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + AthleteDialog.ID).tryQuery()).isEmpty();
        assertThat(logbook.settings().athlete().maxHeartRate()).isEqualTo(190);
    }
}
