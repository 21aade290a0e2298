package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.overload.domain.TrainingBlock;
import app.overload.exchange.BlockExporter;
import app.overload.exchange.BlockFormat;
import app.overload.store.Backups;
import app.overload.store.Logbook;
import app.overload.ui.history.HistoryRow;
import app.overload.ui.history.HistoryView;
import app.overload.ui.imports.ImportOverloadHistoryTest;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell on a real logbook file: the history lists the sample's sessions; an empty logbook welcomes. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage stage) {
        window = ShellStage.show(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        if (logbook != null) {
            logbook.close();
        }
    }

    private void open(boolean withSample, FxRobot robot) {
        logbook = withSample ? TestLogbooks.sample(folder.resolve("test.db"), 7, TODAY)
                : Logbook.open(folder.resolve("test.db"));
        AppServices services = TestLogbooks.services(logbook, TODAY.atTime(20, 0));
        robot.interact(() -> window.showLogbook(services, logbook.sessions().count() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void listsTheSampleSessionsUnderWeeklyTotals(FxRobot robot) {
        open(true, robot);

        HistoryView history = robot.lookup("#" + HistoryView.ID).queryAs(HistoryView.class);
        assertThat(history.table().getItems()).first().isInstanceOf(HistoryRow.Week.class);
        assertThat(history.table().getItems()).filteredOn(HistoryRow.Entry.class::isInstance)
                .extracting(row -> ((HistoryRow.Entry) row).summary())
                .anyMatch(summary -> summary.startsWith("Back squat 5×5 @") || summary.contains("Back squat"))
                .anyMatch(summary -> summary.matches("Run \\d+\\.\\d km in .*/km(, HR \\d+ avg, \\d+ max)?"));
        Snapshots.save(window, "shell-history.png");
    }

    @Test
    void showsEarlierWeeksOnRequest(FxRobot robot) {
        open(true, robot);
        HistoryView history = robot.lookup("#" + HistoryView.ID).queryAs(HistoryView.class);
        int before = history.table().getItems().size();

        robot.clickOn("#load-earlier");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(history.table().getItems().size()).isGreaterThan(before);
    }

    @Test
    void welcomesAnEmptyLogbookAndLoadsTheSample(FxRobot robot) {
        open(false, robot);
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        Snapshots.save(window, "shell-welcome.png");

        robot.clickOn("#load-sample");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logbook.sessions().count()).isGreaterThan(100);
        assertThat(robot.lookup("#" + HistoryView.ID).tryQuery()).isPresent();
        assertThat(robot.lookup("#load-sample").tryQueryAs(Button.class)).isEmpty();
    }

    @Test
    void explainsALogbookThatCannotBeOpened(FxRobot robot) {
        robot.interact(() -> window.showProblem("The logbook could not be opened", "notes.txt is not a logbook."));
        assertThat(robot.lookup("#problem").tryQuery()).isPresent();
    }

    @Test
    void offersTheNewestBackupForADamagedLogbook(FxRobot robot) {
        boolean[] restored = {false};
        robot.interact(() -> window.showProblem("The logbook is damaged", "overload.db is damaged (SQLite integrity "
                + "check: database disk image is malformed). It was not changed; restore it from a backup.\n\nThe "
                + "newest healthy backup is from 22 Nov 2026, 08:00 (489 sessions from 2025-11-25 to 2026-11-22, 8 "
                + "blocks). Restoring it keeps the damaged file in the backups folder.",
                List.of(new MainWindow.ProblemAction("Restore the backup of 22 Nov 2026, 08:00",
                        () -> restored[0] = true))));
        Snapshots.save(window, "shell-damaged.png");
        robot.clickOn("Restore the backup of 22 Nov 2026, 08:00");
        assertThat(restored[0]).isTrue();
    }

    @Test
    void backupsOpenFromTheSidebarAndListCopies(FxRobot robot) {
        open(true, robot);
        LogbookFileActions actions = new LogbookFileActions() {
            @Override
            public Backups backups() {
                return new Backups(logbook.file());
            }

            @Override
            public Backups.Backup backUpNow() {
                return backups().backUp(logbook.database(), Backups.Kind.MANUAL,
                        Clock.systemDefaultZone());
            }

            @Override
            public Optional<String> restore(Backups.Backup backup) {
                return Optional.empty();
            }
        };
        AppServices services = new AppServices(logbook, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(),
                logbook.settings().units(), actions);
        robot.interact(() -> window.showLogbook(services, false));
        robot.clickOn("#logbook-menu");
        robot.clickOn("Backups…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#back-up-now");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#backup-table").queryAs(
                TableView.class);
        assertThat(table.getItems()).hasSize(1);
        Snapshots.save(robot.lookup("#backups").query(), "backups-dialog.png");
        robot.clickOn("Close");
    }

    @Test
    void aBlockFileNamedAtStartOpensInTheImportPreview(FxRobot robot) {
        TrainingBlock block;
        Path file = folder.resolve("From the coach" + BlockFormat.FILE_EXTENSION);
        try (Logbook coach = TestLogbooks.sample(folder.resolve("coach.db"), 7, TODAY)) {
            block = coach.blocks().all().get(0);
            new BlockExporter(coach).export(block.id(), false, file);
        }
        open(false, robot);

        robot.interact(() -> window.openFiles(List.of(file)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-block-name").queryAs(Label.class).getText()).isEqualTo(block.name());
        robot.interact(() -> robot.lookup("#import-block-name").query().getScene().getWindow().hide());
    }

    /** Export history's JSON, dropped on the window or opened with the app, goes to the history import, not blocks. */
    @Test
    void anOverloadHistoryFileOpensInTheHistoryImport(FxRobot robot) {
        Path file = folder.resolve("overload-history.json");
        int sessions = ImportOverloadHistoryTest.exportHistory(folder, file);
        open(false, robot);

        robot.interact(() -> window.openFiles(List.of(file)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .startsWith(sessions + " sessions to add, 0 already in the logbook");
        assertThat(robot.lookup("#import-block-name").tryQuery()).isEmpty();
        robot.interact(() -> robot.lookup("#import-summary").query().getScene().getWindow().hide());
    }
}
