package app.overload.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import app.overload.domain.Session;
import app.overload.domain.UnitPreferences;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import app.overload.usecase.ExportHistory;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
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

/**
 * The history import dialog reads an Overload history file (Export history's JSON) as {@code overload
 * import-history} does: the same preview, no exercise mapping, everything in one transaction.
 */
@ExtendWith(ApplicationExtension.class)
public class ImportOverloadHistoryTest {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);

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

    /** The sample's blocks and its last three weeks of sessions, exported as JSON; returns the session count. */
    public static int exportHistory(Path folder, Path file) {
        SampleLogbook sample = SampleLogbook.generate(1, 7, UNTIL);
        List<Session> recent = sample.sessions().stream().filter(s -> s.date().isAfter(UNTIL.minusDays(21)))
                .toList();
        try (Logbook source = Logbook.open(folder.resolve("source.db"))) {
            source.saveAll(sample.blocks(), recent);
            new ExportHistory(source).export(file, ExportHistory.Format.JSON, null, null, UnitPreferences.METRIC,
                    p -> { });
        }
        return recent.size();
    }

    private ImportHistoryView build(FxRobot robot, Theme theme, int width, int height, boolean show) {
        logbook = Logbook.open(folder.resolve("log.db"));
        model = new ImportHistoryViewModel(logbook, new CurrentThreadTaskExecutor(),
                new SimpleObjectProperty<>(UnitPreferences.METRIC), Runnable::run, ZoneOffset.UTC);
        ImportHistoryView[] view = new ImportHistoryView[1];
        robot.interact(() -> {
            theme.apply();
            view[0] = new ImportHistoryView(model, () -> { });
            Scene scene = new Scene(view[0], width, height);
            if (show) {
                stage.setScene(scene);
                stage.show();
            }
        });
        return view[0];
    }

    private static String text(Node view, String id) {
        return ((Label) view.lookup(id)).getText();
    }

    private static String files(Node view) {
        return ((VBox) view.lookup("#import-files")).getChildren().stream().map(n -> ((Label) n).getText())
                .reduce("", String::concat);
    }

    @Test
    void previewsTheFileThenImportsEverySessionAndBlockInOneGo(FxRobot robot) {
        Path file = folder.resolve("overload-history.json");
        int sessions = exportHistory(folder, file);
        ImportHistoryView view = build(robot, Theme.LIGHT, 900, 720, true);

        robot.interact(() -> model.addFiles(List.of(file)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(files(view)).isEqualTo("overload-history.json — Overload history (format 1.0), " + sessions
                + " sessions");
        assertThat(text(view, "#import-summary")).startsWith(sessions + " sessions to add, 0 already in the logbook; ")
                .contains("blocks and ");
        assertThat(view.mappingTable().isVisible()).isFalse();
        assertThat(view.lookup("#skip-problems").isVisible()).isFalse();
        List<?> lines = ((ListView<?>) view.lookup("#import-sessions")).getItems();
        assertThat(lines).hasSize(sessions);
        assertThat(lines.get(0).toString()).startsWith("Mon 23 Nov 2026 — ").doesNotContain("null");
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(logbook.sessions().count()).isZero();

        robot.clickOn("#import-now");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logbook.sessions().count()).isEqualTo(sessions);
        assertThat(logbook.blocks().all()).isNotEmpty();
        assertThat(text(view, "#import-result")).startsWith("Imported " + sessions + " sessions, ");
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled()).isTrue();
        Snapshots.save(view, "import-overload-history-done.png");

        robot.interact(() -> model.preview());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(view, "#import-summary")).startsWith("0 sessions to add, " + sessions + " already in the "
                + "logbook").endsWith("Nothing new to import: every session is already in the logbook.");
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aHistoryFileWithOtherFilesIsRefusedWithoutImportingAnything(FxRobot robot) {
        Path file = folder.resolve("overload-history.json");
        exportHistory(folder, file);
        ImportHistoryView view = build(robot, Theme.LIGHT, 900, 720, true);

        robot.interact(() -> model.addFiles(List.of(file, ImportHistoryViewModelTest.fixture("strong-comma.csv"))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.problems()).containsExactly("An Overload history "
                + "file is imported on its own, not with other files: close this window and import it alone. Nothing "
                + "was imported.");
        assertThat(view.lookup("#skip-problems").isVisible()).isFalse();
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(logbook.sessions().count()).isZero();
        Snapshots.save(view, "import-overload-history-mixed.png");
    }

    @Test
    void aDamagedHistoryFileIsRefusedWhole(FxRobot robot) throws Exception {
        Path file = folder.resolve("overload-history.json");
        exportHistory(folder, file);
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() / 2));
        ImportHistoryView view = build(robot, Theme.LIGHT, 900, 720, true);

        robot.interact(() -> model.addFiles(List.of(file)));
        WaitForAsyncUtils.waitForFxEvents();

        List<?> problems = ((ListView<?>) view.lookup("#import-problems")).getItems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("overload-history.json: ").endsWith("Nothing was imported.");
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(logbook.sessions().count()).isZero();
    }

    /** Laid out off screen: the headless screen is smaller than 1920×1080. */
    @ParameterizedTest(name = "{0} {1}×{2}")
    @CsvSource(textBlock = """
            LIGHT, 1024, 640
            LIGHT, 1920, 1080
            DARK,  1024, 640
            DARK,  1920, 1080
            """)
    void thePreviewFitsTheWindow(Theme theme, int width, int height, FxRobot robot) {
        Path file = folder.resolve("overload-history.json");
        exportHistory(folder, file);
        ImportHistoryView view = build(robot, theme, width, height, false);
        robot.interact(() -> {
            model.addFiles(List.of(file));
            view.applyCss();
            view.layout();
        });

        Node button = view.lookup("#import-now");
        assertThat(button.isDisabled()).isFalse();
        assertThat(button.localToScene(button.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(height);
        Node summary = view.lookup("#import-summary");
        assertThat(summary.localToScene(summary.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(height);
        Snapshots.save(view, "import-overload-history-" + theme.name().toLowerCase(Locale.ROOT) + "-" + width + "x"
                + height + ".png");
        robot.interact(Theme.LIGHT::apply);
    }
}
