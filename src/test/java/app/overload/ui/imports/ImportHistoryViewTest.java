package app.overload.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The dialog on a real logbook: files in, preview shown, problems offered to skip, import written. */
@ExtendWith(ApplicationExtension.class)
class ImportHistoryViewTest {

    @TempDir
    Path folder;

    private Stage stage;
    private Logbook logbook;
    private ImportHistoryViewModel model;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (logbook != null) {
            logbook.close();
        }
    }

    private ImportHistoryView show(FxRobot robot) {
        logbook = Logbook.open(folder.resolve("log.db"));
        model = new ImportHistoryViewModel(logbook, new CurrentThreadTaskExecutor(),
                new SimpleObjectProperty<>(UnitPreferences.METRIC), Runnable::run, ZoneOffset.UTC);
        ImportHistoryView[] view = new ImportHistoryView[1];
        robot.interact(() -> {
            view[0] = new ImportHistoryView(model, () -> { });
            stage.setScene(new Scene(view[0], 900, 720));
            stage.show();
        });
        return view[0];
    }

    @Test
    void showsThePreviewMappingAndProblemsThenImportsWhenSkippingIsAccepted(FxRobot robot) {
        ImportHistoryView view = show(robot);
        robot.interact(() -> model.addFiles(List.of(ImportHistoryViewModelTest.fixture("strong-comma.csv"),
                ImportHistoryViewModelTest.fixture("strong-bad-rows.csv"),
                ImportHistoryViewModelTest.fixture("run-hr-1.1.gpx"))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .startsWith("5 sessions from 4 Mar 2024 to 1 Jun 2024");
        assertThat(view.mappingTable().getItems()).hasSize(6);
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled()).isTrue();
        Snapshots.save(view, "import-history-preview.png");

        robot.clickOn(robot.lookup("#skip-problems").queryAs(CheckBox.class));
        robot.clickOn("#import-now");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logbook.sessions().count()).isEqualTo(5);
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText())
                .startsWith("Imported 5 sessions as workouts");
        Snapshots.save(view, "import-history-done.png");
    }
}
