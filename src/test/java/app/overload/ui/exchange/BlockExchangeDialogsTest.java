package app.overload.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.TrainingBlock;
import app.overload.exchange.BlockExporter;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export and import dialogs in a (headless) window, with pictures of what a person sees. */
@ExtendWith(ApplicationExtension.class)
class BlockExchangeDialogsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Logbook coach;
    private static Path exported;
    private Logbook athlete;
    private Stage stage;

    @BeforeAll
    static void export() {
        coach = ExchangeFixture.sampleLogbook(shared.resolve("coach.db"));
        exported = shared.resolve("Linear 5×5 (Apr 2026).json");
        new BlockExporter(coach).export(ExchangeFixture.linear().id(), true, exported);
    }

    @AfterAll
    static void closeCoach() {
        coach.close();
    }

    @Start
    void start(Stage window) {
        Theme.LIGHT.apply();
        stage = window;
        window.setScene(new Scene(new StackPane(), 900, 700));
        window.show();
    }

    @BeforeEach
    void open() {
        athlete = Logbook.open(folder.resolve("athlete.db"));
    }

    @AfterEach
    void close() {
        athlete.close();
    }

    @Test
    void theImportPreviewShowsConflictsAndWarningsThenTheResult(FxRobot robot) throws Exception {
        // The athlete already has a different block of the same name, and the file has a field we do not know.
        TrainingBlock linear = ExchangeFixture.linear();
        athlete.blocks().save(new TrainingBlock(BlockId.random(), linear.name(), linear.goal(), linear.start(),
                linear.goalDate(), linear.weeks(), linear.phases(), linear.deloadWeeks(), linear.taperWeeks(),
                linear.levels(), List.of(), "", null));
        Path file = folder.resolve("from the coach.json");
        Files.writeString(file, Files.readString(exported).replaceFirst("\"weeks\": 12,",
                "\"weeks\": 12, \"colour\": \"blue\","));
        ImportBlockViewModel model = new ImportBlockViewModel(athlete, new CurrentThreadTaskExecutor(), () -> { });
        ImportBlockDialog[] dialog = new ImportBlockDialog[1];

        robot.interact(() -> {
            dialog[0] = new ImportBlockDialog(stage, model);
            dialog[0].show();
            model.preview(file);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-block-name").queryAs(Label.class).getText())
                .isEqualTo("Linear 5×5 (Apr 2026) (2)");
        assertThat(robot.lookup("Conflicts").tryQuery()).isPresent();
        assertThat(robot.lookup("Read with warnings").tryQuery()).isPresent();
        Snapshots.save(dialog[0].pane(), "import-block-preview.png");

        robot.clickOn("#import-block-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-block-outcome").queryAs(Label.class).getText())
                .startsWith("Imported the block \"Linear 5×5 (Apr 2026) (2)\" with 36 planned sessions; added 32");
        assertThat(robot.lookup("#import-block-confirm").queryAs(Button.class).isVisible()).isFalse();
        assertThat(athlete.sessions().count()).isEqualTo(32);
        Snapshots.save(dialog[0].pane(), "import-block-done.png");
        robot.interact(() -> ((Button) dialog[0].pane().lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    void aBrokenFileIsExplainedAndCannotBeImported(FxRobot robot) throws Exception {
        Path file = folder.resolve("cut.json");
        String text = Files.readString(exported);
        Files.writeString(file, text.substring(0, text.length() / 3));
        ImportBlockViewModel model = new ImportBlockViewModel(athlete, new CurrentThreadTaskExecutor(), () -> { });
        ImportBlockDialog[] dialog = new ImportBlockDialog[1];

        robot.interact(() -> {
            dialog[0] = new ImportBlockDialog(stage, model);
            dialog[0].show();
            model.preview(file);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-block-outcome").queryAs(Label.class).getText())
                .startsWith("Cannot import cut.json: $.").contains("The file ends in the middle of the JSON");
        Snapshots.save(dialog[0].pane(), "import-block-error.png");
        robot.interact(() -> ((Button) dialog[0].pane().lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    void theExportDialogAsksAboutSessionsAndSaysWhereTheFileWent(FxRobot robot) throws Exception {
        ExportBlockViewModel model = new ExportBlockViewModel(coach, new CurrentThreadTaskExecutor(),
                ExchangeFixture.linear().id());
        Path target = folder.resolve("export.json");
        ExportBlockDialog[] dialog = new ExportBlockDialog[1];

        robot.interact(() -> {
            dialog[0] = new ExportBlockDialog(stage, model, suggested -> target);
            dialog[0].show();
            model.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(dialog[0].pane(), "export-block.png");

        robot.clickOn("#export-with-sessions");
        robot.clickOn("#export-block-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#export-block-outcome").queryAs(Label.class).getText())
                .contains("32 logged sessions");
        assertThat(Files.readString(target)).contains("\"sessions\"");
        Snapshots.save(dialog[0].pane(), "export-block-done.png");
        robot.interact(() -> ((Button) dialog[0].pane().lookupButton(ButtonType.CANCEL)).fire());
    }
}
