package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.MainWindow;
import app.overload.ui.Snapshots;
import app.overload.ui.TestLogbooks;
import app.overload.ui.Theme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The log form on a training day of the sample athlete shows each planned exercise's target on its card. */
@ExtendWith(ApplicationExtension.class)
class LogTargetViewTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private StackPane host;
    private Logbook logbook;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        host = new StackPane();
        host.getStyleClass().add("content");
        host.getStylesheets().add(MainWindow.class.getResource("overload.css").toExternalForm());
        stage.setScene(new Scene(host, 1366, 768));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        if (logbook != null) {
            logbook.close();
        }
    }

    @Test
    void theExerciseCardShowsThisWeeksTarget(FxRobot robot) {
        logbook = TestLogbooks.sample(folder.resolve("sample.db"), 1, MONDAY);
        TestLogbooks.notYetLogged(logbook, MONDAY);
        LogViewModel model = new LogViewModel(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(MONDAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new SimpleObjectProperty<>(UnitPreferences.METRIC));
        robot.interact(() -> {
            host.getChildren().setAll(new LogView(model));
            model.open();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".target").queryAllAs(Label.class)).filteredOn(Label::isVisible)
                .extracting(Label::getText).startsWith("This week's target: 5×5 @ 92.5 kg",
                        "This week's target: 5×5 @ 57.5 kg");
        Snapshots.save(host, "log-target.png");
    }
}
