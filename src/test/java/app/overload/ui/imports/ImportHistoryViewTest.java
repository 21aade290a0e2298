package app.overload.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
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

    /**
     * strong-bad-rows.csv loads 60, which does not tell kilograms from pounds: the dialog asks, and counts none of
     * it until answered.
     */
    @Test
    void asksTheUnitThenShowsThePreviewMappingAndProblemsAndImportsWhenSkippingIsAccepted(FxRobot robot) {
        ImportHistoryView view = show(robot);
        robot.interact(() -> model.addFiles(List.of(ImportHistoryViewModelTest.fixture("strong-comma.csv"),
                ImportHistoryViewModelTest.fixture("strong-bad-rows.csv"),
                ImportHistoryViewModelTest.fixture("run-hr-1.1.gpx"))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#unit-question").queryAs(Label.class).getText()).isEqualTo("strong-bad-rows.csv"
                + " does not say whether its weights are kilograms or pounds, and the loads do not tell. Choose the"
                + " unit.");
        assertThat(robot.lookup("#unit-question-box").query().isVisible()).isTrue();
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .startsWith("4 sessions from 4 Mar 2024 to 1 Jun 2024");
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled()).isTrue();
        Snapshots.save(view, "import-history-unit-question.png");

        robot.clickOn("#unit-kg");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#unit-question-box").query().isVisible()).isFalse();
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

    /**
     * The question, the warnings and the problems at once, at the smallest window and a large one, light and dark.
     * The scene is laid out off screen: the headless screen is smaller than 1920×1080.
     */
    @ParameterizedTest(name = "{0} {1}×{2}")
    @CsvSource(textBlock = """
            LIGHT, 1024, 640
            LIGHT, 1920, 1080
            DARK,  1024, 640
            DARK,  1920, 1080
            """)
    void theQuestionWarningsAndProblemsFitTheWindow(Theme theme, int width, int height, FxRobot robot) {
        logbook = Logbook.open(folder.resolve("log.db"));
        model = new ImportHistoryViewModel(logbook, new CurrentThreadTaskExecutor(),
                new SimpleObjectProperty<>(UnitPreferences.METRIC), Runnable::run, ZoneOffset.UTC);
        ImportHistoryView[] view = new ImportHistoryView[1];
        robot.interact(() -> {
            theme.apply();
            view[0] = new ImportHistoryView(model, () -> { });
            new Scene(view[0], width, height);
            model.addFiles(List.of(ImportHistoryViewModelTest.fixture("strong-untold.csv"),
                    ImportHistoryViewModelTest.fixture("strong-silent-changes.csv"),
                    ImportHistoryViewModelTest.fixture("hevy-carry.csv")));
            view[0].applyCss();
            view[0].layout();
        });

        assertThat(view[0].lookup("#unit-question-box").isVisible()).isTrue();
        assertThat(((ListView<?>) view[0].lookup("#import-warnings")).getItems()).hasSize(2);
        assertThat(((ListView<?>) view[0].lookup("#import-problems")).getItems()).hasSize(1);
        for (String id : List.of("#unit-kg", "#unit-lb", "#import-now")) {
            Node node = view[0].lookup(id);
            assertThat(node.localToScene(node.getBoundsInLocal()).getMaxY()).as(id).isLessThanOrEqualTo(height);
        }
        Snapshots.save(view[0], "import-history-question-" + theme.name().toLowerCase(Locale.ROOT) + "-"
                + width + "x" + height + ".png");
        robot.interact(Theme.LIGHT::apply);
    }
}
