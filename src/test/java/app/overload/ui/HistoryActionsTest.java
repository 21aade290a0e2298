package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Modality;
import app.overload.store.Logbook;
import app.overload.store.SessionFilter;
import app.overload.ui.history.HistoryRow;
import app.overload.ui.history.HistoryView;
import app.overload.ui.log.LogView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The history on the sample logbook: calendar, delete with undo, filters, and edit in the log form. */
@ExtendWith(ApplicationExtension.class)
class HistoryActionsTest {

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

    private HistoryView open(FxRobot robot) {
        logbook = TestLogbooks.sample(folder.resolve("history.db"), 7, TODAY);
        AppServices services = TestLogbooks.services(logbook, TODAY.atTime(20, 0));
        robot.interact(() -> window.showLogbook(services, false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + HistoryView.ID).queryAs(HistoryView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static int firstSessionRow(HistoryView history) {
        for (int i = 0; i < history.table().getItems().size(); i++) {
            if (history.table().getItems().get(i) instanceof HistoryRow.Entry) {
                return i;
            }
        }
        throw new AssertionError("no session rows");
    }

    @Test
    void showsTheWeeksAsACalendar(FxRobot robot) {
        open(robot);

        robot.clickOn("#view-calendar");

        assertThat(robot.lookup(".calendar-chip").queryAll()).hasSizeGreaterThan(10);
        assertThat(robot.lookup(".calendar-day").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Mon"));
        Snapshots.save(window, "history-calendar.png");
    }

    @Test
    void onlyCellsTooLongToReadInFullCarryTheirWholeTextAsAWrappingTooltip(FxRobot robot) {
        HistoryView history = open(robot);

        List<TableCell<?, ?>> cells = robot.from(history.table()).lookup(".table-cell").queryAll().stream()
                .filter(TableCell.class::isInstance).<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .filter(cell -> !cell.isEmpty() && cell.getText() != null).toList();
        assertThat(cells).anyMatch(cell -> cell.getText().length() >= 40)
                .anyMatch(cell -> cell.getText().length() < 40);
        for (TableCell<?, ?> cell : cells) {
            if (cell.getText().length() < 40) {
                assertThat(cell.getTooltip()).as(cell.getText()).isNull();
            } else {
                assertThat(cell.getTooltip()).as(cell.getText()).isNotNull();
                assertThat(cell.getTooltip().getText()).isEqualTo(cell.getText());
                assertThat(cell.getTooltip().isWrapText()).isTrue();
            }
        }
    }

    @Test
    void deletesASessionAndUndoesIt(FxRobot robot) {
        HistoryView history = open(robot);
        int before = logbook.sessions().count();
        int row = firstSessionRow(history);
        robot.interact(() -> {
            history.table().requestFocus();
            history.table().getSelectionModel().select(row);
        });

        robot.type(KeyCode.DELETE);
        assertThat(logbook.sessions().count()).isEqualTo(before - 1);
        assertThat(robot.lookup("#undo-bar").query().isVisible()).isTrue();
        Snapshots.save(window, "history-undo.png");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(logbook.sessions().count()).isEqualTo(before);
        assertThat(robot.lookup("#undo-bar").query().isVisible()).isFalse();
    }

    @Test
    void filtersByKindAndModality(FxRobot robot) {
        HistoryView history = open(robot);

        robot.interact(() -> HistoryActionsTest.<SessionFilter.Kind>combo(robot, "#filter-kind")
                .setValue(SessionFilter.Kind.WORKOUT));
        assertThat(history.table().getItems()).filteredOn(HistoryRow.Entry.class::isInstance).isNotEmpty()
                .allMatch(r -> !((HistoryRow.Entry) r).training());

        robot.interact(() -> {
            HistoryActionsTest.<SessionFilter.Kind>combo(robot, "#filter-kind").setValue(null);
            HistoryActionsTest.<Modality>combo(robot, "#filter-modality").setValue(Modality.RUN);
        });
        assertThat(history.table().getItems()).filteredOn(HistoryRow.Entry.class::isInstance).isNotEmpty()
                .allMatch(r -> ((HistoryRow.Entry) r).summary().contains("Run"));
    }

    @Test
    void opensASessionInTheLogFormToEditIt(FxRobot robot) {
        HistoryView history = open(robot);
        int row = firstSessionRow(history);
        HistoryRow.Entry entry = (HistoryRow.Entry) history.table().getItems().get(row);
        robot.interact(() -> {
            history.table().requestFocus();
            history.table().getSelectionModel().select(row);
        });

        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#" + LogView.ID).tryQuery()).isPresent();
        assertThat(robot.lookup(".title-2").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Edit session of"));
        Snapshots.save(window, "log-edit.png");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertThat(robot.lookup("#" + HistoryView.ID).tryQuery()).isPresent();
        assertThat(logbook.sessions().find(entry.id())).isPresent();
    }
}
