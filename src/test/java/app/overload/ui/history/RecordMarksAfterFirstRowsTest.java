package app.overload.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import app.overload.TempLogbook;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.RecordingTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history's personal-record marks wait for the first layout that shows rows: at start-up the lookup would
 * otherwise take the processor from the very frame the user is waiting for. Once the rows are shown, the lookup runs
 * and the record appears on its row; a refresh before the rows were ever shown drops the lookup of the page before.
 */
@ExtendWith(ApplicationExtension.class)
class RecordMarksAfterFirstRowsTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("records.db");

    private final RecordingTaskExecutor recorder = new RecordingTaskExecutor(new CurrentThreadTaskExecutor());
    private final List<String> work = recorder.descriptions();
    private Logbook logbook;
    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 1024, 640));
        stage.show();
    }

    @BeforeEach
    void open() {
        logbook = temp.open();
        save(LocalDateTime.of(2026, 11, 23, 18, 0), 100);
        save(LocalDateTime.of(2026, 11, 25, 18, 0), 105);
    }

    private void save(LocalDateTime start, double kg) {
        List<StrengthSet> sets = IntStream.range(0, 5).mapToObj(i -> StrengthSet.working(5, Mass.kilograms(kg)))
                .toList();
        logbook.sessions().save(new Workout(SessionId.random(), start, Duration.ofMinutes(45), null, "",
                List.of(new StrengthEntry(ExerciseId.of("back-squat"), sets, "")), ""));
    }

    private static List<String> records(HistoryViewModel model) {
        return model.rows().stream().filter(HistoryRow.Entry.class::isInstance).map(r -> ((HistoryRow.Entry) r)
                .records()).filter(r -> !r.isEmpty()).toList();
    }

    @Test
    void theLookupStartsOnceTheFirstRowsAreLaidOut(FxRobot robot) {
        HistoryViewModel model = new HistoryViewModel(logbook, recorder,
                new SimpleObjectProperty<>(UnitPreferences.METRIC));
        HistoryView[] view = new HistoryView[1];
        robot.interact(() -> {
            view[0] = new HistoryView(model);
            model.refresh();
            model.refresh();
        });
        assertThat(model.rows()).isNotEmpty();
        assertThat(work).doesNotContain("Finding personal records");

        robot.interact(() -> host.getChildren().setAll(view[0]));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(work).filteredOn("Finding personal records"::equals).hasSize(1);
        assertThat(records(model)).singleElement().asString().contains("Back squat");

        robot.interact(model::refresh);
        assertThat(work).filteredOn("Finding personal records"::equals).hasSize(2);
    }
}
