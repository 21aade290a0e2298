package app.overload.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockImporter;
import app.overload.exchange.ImportChoices.Side;
import app.overload.exchange.PoundBlock;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog when a block comes back changed: the diff in the athlete's units, a side for each difference,
 * and the import of what was chosen; with pictures in both themes at a small and a large window size.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDiffDialogTest {

    @TempDir
    Path folder;

    private Logbook athlete;
    private Stage stage;

    @Start
    void start(Stage window) {
        Theme.LIGHT.apply();
        stage = window;
        window.setScene(new Scene(new StackPane(), 900, 700));
        window.show();
    }

    @BeforeEach
    void athleteHasTheCoachsPlanAndLoggedItsFirstDay() {
        athlete = Logbook.open(folder.resolve("athlete.db"));
        BlockImporter importer = new BlockImporter(athlete);
        importer.apply(importer.preview(PoundBlock.write(folder.resolve("first.json"), PoundBlock.block(),
                List.of())));
        athlete.sessions().save(PoundBlock.athletesSquatDay());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(Theme.LIGHT::apply);
        athlete.close();
    }

    private ImportBlockDialog open(FxRobot robot, ImportBlockViewModel model, Path file) {
        ImportBlockDialog[] dialog = new ImportBlockDialog[1];
        robot.interact(() -> {
            dialog[0] = new ImportBlockDialog(stage, model);
            dialog[0].show();
            model.preview(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0];
    }

    private static void resize(FxRobot robot, ImportBlockDialog dialog, double width, double height) {
        robot.interact(() -> {
            Window window = dialog.pane().getScene().getWindow();
            window.setWidth(width);
            window.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The reference the preview gives a planned session, which the side buttons' ids end with. */
    private static String ref(ImportBlockViewModel model, PlannedSessionId id) {
        return model.plannedChanges().stream().filter(c -> c.line().id().equals(id)).findFirst().orElseThrow()
                .line().ref();
    }

    /**
     * Presses a button the way a click does; the button may sit below the fold of the scrolling preview, where a
     * click by screen position would miss it.
     */
    private static void press(FxRobot robot, String query) {
        ButtonBase button = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theRevisedPlanIsADiffInTheAthletesUnitsWithASideForEachChange(FxRobot robot) {
        Path file = PoundBlock.write(folder.resolve("revised.json"), PoundBlock.revised(), List.of());
        ImportBlockViewModel model = new ImportBlockViewModel(athlete, new CurrentThreadTaskExecutor(),
                UnitPreferences.METRIC, () -> { });

        ImportBlockDialog dialog = open(robot, model, file);

        assertThat(text(robot, "#import-block-name")).isEqualTo("Squat 275 (coach)");
        assertThat(text(robot, "#import-block-renamed")).isEqualTo("The file calls it \"Squat 275 (revised)\".");
        assertThat(text(robot, "#import-block-change")).isEqualTo("Differs from your block");
        assertThat(robot.lookup("#import-block-changes").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup(".change-row").queryAll()).hasSize(4);
        assertThat(robot.lookup("back squat 5×5 @ 102.5 kg → 5×5 @ 105 kg").tryQuery()).isPresent();
        assertThat(robot.lookup("You logged it on Mon 4 Jan.").tryQuery()).isPresent();
        assertThat(robot.lookup("#import-block-outline").queryAs(Node.class).isVisible()).isFalse();

        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            for (int[] size : new int[][] {{1024, 640}, {1920, 1080}}) {
                resize(robot, dialog, size[0], size[1]);
                assertButtonsShow(dialog, size[1]);
                Snapshots.save(dialog.pane(), "import-block-diff-" + theme.name().toLowerCase() + "-" + size[0] + "x"
                        + size[1] + ".png");
            }
        }

        resize(robot, dialog, 1024, 640);
        press(robot, "#keep-mine-" + ref(model, PoundBlock.HEAVY));
        press(robot, "#keep-mine-details");
        assertThat(model.choicesProperty().get().sideOf(PoundBlock.HEAVY)).isEqualTo(Side.MINE);
        assertThat(model.choicesProperty().get().details()).isEqualTo(Side.MINE);
        robot.clickOn("#import-block-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        TrainingBlock stored = athlete.blocks().find(PoundBlock.ID).orElseThrow();
        assertThat(stored.name()).isEqualTo("Squat 275 (coach)");
        assertThat(stored.plan()).extracting(PlannedSession::id).containsExactly(PoundBlock.HEAVY,
                PoundBlock.HEAVY_2, PoundBlock.revised().plan().get(2).id());
        assertThat(stored.plan().get(0)).isEqualTo(PoundBlock.block().plan().get(0));
        assertThat(athlete.sessions().inBlock(PoundBlock.ID)).hasSize(1);
        assertThat(text(robot, "#import-block-outcome")).isEqualTo("Updated the block \"Squat 275 (coach)\" (3 planned "
                + "sessions; took 2 changes from the file, kept yours for 2); added 0 sessions and 0 exercises.");
        robot.interact(() -> ((Button) dialog.pane().lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    void choicesThatDoNotFitSayWhyAndCannotBeImported(FxRobot robot) {
        TrainingBlock base = PoundBlock.block();
        TrainingBlock oneWeek = new TrainingBlock(base.id(), base.name(), base.goal(), base.start(),
                base.start().plusDays(6), 1, List.of(), List.of(), List.of(), base.levels(), base.plan().subList(0, 2),
                base.notes(), null);
        Path file = PoundBlock.write(folder.resolve("one-week.json"), oneWeek, List.of());
        ImportBlockViewModel model = new ImportBlockViewModel(athlete, new CurrentThreadTaskExecutor(),
                UnitPreferences.METRIC, () -> { });
        ImportBlockDialog dialog = open(robot, model, file);

        press(robot, "#keep-mine-" + ref(model, PoundBlock.HEAVY_2));

        assertThat(text(robot, "#import-block-refusal")).startsWith("These choices do not fit together: \"Heavy "
                + "squat\" is planned in week 2 but the block has 1 week.");
        assertThat(robot.lookup("#import-block-confirm").queryAs(Button.class).isDisabled()).isTrue();
        Snapshots.save(dialog.pane(), "import-block-diff-refused.png");
        press(robot, "#import-keep-all");
        assertThat(robot.lookup("#import-block-refusal").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> ((Button) dialog.pane().lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    void aNewBlockIsShownWeekByWeekAndScrollsInASmallWindow(FxRobot robot) throws Exception {
        try (Logbook fresh = Logbook.open(folder.resolve("fresh.db"))) {
            Path file = PoundBlock.write(folder.resolve("new.json"), PoundBlock.block(), List.of());
            ImportBlockViewModel model = new ImportBlockViewModel(fresh, new CurrentThreadTaskExecutor(),
                    UnitPreferences.IMPERIAL, () -> { });
            ImportBlockDialog dialog = open(robot, model, file);

            assertThat(robot.lookup("#import-block-outline").queryAs(Node.class).isVisible()).isTrue();
            assertThat(robot.lookup("Mon 4 Jan · Heavy squat: Back squat 5×5 @ 225 lb").tryQuery()).isPresent();
            for (Theme theme : Theme.values()) {
                robot.interact(theme::apply);
                resize(robot, dialog, 1024, 640);
                assertButtonsShow(dialog, 640);
                Snapshots.save(dialog.pane(), "import-block-new-" + theme.name().toLowerCase() + "-1024x640.png");
            }
            robot.interact(() -> ((Button) dialog.pane().lookupButton(ButtonType.CANCEL)).fire());
        }
    }

    /** The buttons stay inside the window however long the preview: the middle scrolls instead. */
    private static void assertButtonsShow(ImportBlockDialog dialog, double windowHeight) {
        Node confirm = dialog.pane().lookupButton(ImportBlockDialog.IMPORT);
        Bounds inScene = confirm.localToScene(confirm.getBoundsInLocal());
        assertThat(inScene.getMaxY()).as("Import button inside a window %s high", windowHeight)
                .isLessThanOrEqualTo(dialog.pane().getScene().getHeight());
        assertThat(dialog.pane().lookup("#import-block-scroll")).isInstanceOf(ScrollPane.class);
    }
}
