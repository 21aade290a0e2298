package app.overload.ui.fit;

import java.nio.file.Path;
import java.time.LocalDate;

import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.MainWindow;
import app.overload.ui.TestLogbooks;
import app.overload.ui.TextSize;
import app.overload.ui.Theme;
import app.overload.ui.UiPreferences;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The shell on the sample year, as the section tests of the screens use it. */
final class FitFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Theme[] THEMES = {Theme.LIGHT, Theme.DARK};

    final Stage stage;
    final MainWindow window;
    Logbook logbook;
    AppServices services;

    FitFixture(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
        window = new MainWindow(UiPreferences.inMemory(), new SimpleStringProperty(""), new SimpleDoubleProperty());
        stage.setScene(new Scene(window, 1024, 640));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
    }

    void openSample(FxRobot robot, Path folder) {
        logbook = TestLogbooks.sample(folder.resolve("sample.db"), 7, TODAY);
        services = TestLogbooks.services(logbook, TODAY.atTime(20, 0));
        robot.interact(() -> window.showLogbook(services, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close(FxRobot robot) {
        robot.interact(() -> {
            Theme.LIGHT.apply();
            window.textSizeProperty().set(TextSize.NORMAL);
        });
        if (logbook != null) {
            logbook.close();
        }
    }
}
