package app.overload.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import app.overload.analysis.ChartId;
import app.overload.analysis.ChartPoint;
import app.overload.analysis.ChartResult;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.BackgroundWork;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import app.overload.ui.TaskExecutor;
import app.overload.ui.TaskHandle;
import app.overload.ui.TestLogbooks;
import app.overload.ui.Theme;
import app.overload.usecase.ChartData;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Progress section on a year of the sample logbook, at 1366 × 768: every topic opens with its charts, and each
 * chart kind is saved to {@code target/snapshots/progress-*.png} to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressViewTest {

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
        new FxRobot().interact(Theme.LIGHT::apply);
        if (logbook != null) {
            logbook.close();
        }
    }

    private ProgressView open(boolean withSample, FxRobot robot) {
        logbook = withSample ? TestLogbooks.sample(folder.resolve("progress.db"), 1, TODAY)
                : Logbook.open(folder.resolve("progress.db"));
        AppServices services = TestLogbooks.services(logbook, TODAY.atTime(20, 0));
        robot.interact(() -> window.showLogbook(services, !withSample));
        robot.clickOn("#nav-progress");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + ProgressView.ID).queryAs(ProgressView.class);
    }

    private void show(FxRobot robot, String buttonId) {
        robot.clickOn("#" + buttonId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<ChartId> drawn(ProgressView view) {
        return view.cards().stream().map(ChartCard::result).filter(ChartResult.Data.class::isInstance)
                .map(ChartResult::id).toList();
    }

    private void snapshotCards(ProgressView view) {
        for (ChartCard card : view.cards()) {
            Snapshots.save(card, "progress-card-" + card.result().id().key() + ".png");
        }
    }

    @Test
    void drawsEveryTopicOnTheSampleYear(FxRobot robot) {
        ProgressView view = open(true, robot);

        assertThat(drawn(view)).containsExactly(ChartId.ESTIMATED_MAX, ChartId.VOLUME);
        Snapshots.save(window, "progress-strength.png");
        snapshotCards(view);

        show(robot, "topic-endurance");
        assertThat(drawn(view)).contains(ChartId.PACE, ChartId.DISTANCE, ChartId.TIME, ChartId.LONG_RUN);
        Snapshots.save(window, "progress-endurance.png");
        snapshotCards(view);

        show(robot, "topic-load");
        assertThat(drawn(view)).containsExactly(ChartId.LOAD, ChartId.ACUTE_CHRONIC, ChartId.MONOTONY,
                ChartId.STRAIN, ChartId.FITNESS_FATIGUE);
        Snapshots.save(window, "progress-load.png");
        snapshotCards(view);

        show(robot, "topic-intensity");
        assertThat(drawn(view)).containsExactly(ChartId.INTENSITY, ChartId.AEROBIC_EFFICIENCY);
        Snapshots.save(window, "progress-intensity.png");
        snapshotCards(view);

        show(robot, "topic-kinds");
        assertThat(drawn(view)).containsExactly(ChartId.SESSIONS_BY_KIND, ChartId.MINUTES_BY_KIND);
        Snapshots.save(window, "progress-kinds.png");
        snapshotCards(view);
    }

    @Test
    void theWholeYearOfAnExerciseWithRecords(FxRobot robot) {
        ProgressView view = open(true, robot);
        show(robot, "range-all");

        assertThat(drawn(view)).containsExactly(ChartId.ESTIMATED_MAX, ChartId.VOLUME);
        assertThat(robot.lookup(".point.record").queryAll()).isNotEmpty();
        Snapshots.save(window, "progress-strength-all.png");
        Snapshots.save(view.cards().get(0), "progress-card-estimated-max-all.png");
    }

    @Test
    void racePredictionForTheRunningGoal(FxRobot robot) {
        ProgressView view = open(true, robot);
        show(robot, "topic-endurance");
        show(robot, "range-six-months");
        ChartCard race = view.cards().stream().filter(c -> c.result().id() == ChartId.RACE_PREDICTION).findFirst()
                .orElseThrow();
        Snapshots.save(race, "progress-card-race-prediction-6m.png");
    }

    @Test
    void darkThemeKeepsChartsReadable(FxRobot robot) {
        ProgressView view = open(true, robot);
        robot.interact(Theme.DARK::apply);
        show(robot, "topic-load");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawn(view)).contains(ChartId.ACUTE_CHRONIC);
        Snapshots.save(window, "progress-dark-load.png");
        show(robot, "topic-strength");
        Snapshots.save(window, "progress-dark-strength.png");
        show(robot, "topic-intensity");
        Snapshots.save(view.cards().get(0), "progress-dark-card-intensity.png");
    }

    @Test
    void denseLinesAreReadByAHoverMarkerAndPointsByTheirOwnTooltip(FxRobot robot) throws Exception {
        ProgressView view = open(true, robot);
        show(robot, "topic-load");
        ChartCard ratio = view.cards().stream().filter(c -> c.result().id() == ChartId.ACUTE_CHRONIC).findFirst()
                .orElseThrow();
        TimeLineChart chart = (TimeLineChart) ratio.lookup(".progress-chart");
        ChartPoint last = ((ChartResult.Data) ratio.result()).chart().series().get(0).points()
                .get(83);
        robot.interact(() -> {
            DateAxis x = (DateAxis) chart.getXAxis();
            ScaleAxis y = (ScaleAxis) chart.getYAxis();
            Point2D at = new Point2D(
                    x.localToScene(x.getDisplayPosition(last.day() + 0.5), 0).getX(),
                    y.localToScene(0, y.getDisplayPosition(last.value())).getY());
            Event.fireEvent(chart.lookup(".chart-content"), new MouseEvent(
                    MouseEvent.MOUSE_MOVED, at.getX(), at.getY(), at.getX(), at.getY(),
                    MouseButton.NONE, 0, false, false, false, false, false, false, false, false,
                    false, false, null));
        });
        Node marker = chart.lookup(".hover-marker");
        assertThat(marker.isVisible()).isTrue();
        assertThat(marker.getStyleClass()).contains("series-ratio");

        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = PngExport.snapshot(ratio));
        Path png = PngExport.write(image[0], folder.resolve("ratio"));
        assertThat(png.getFileName().toString()).isEqualTo("ratio.png");
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void saysLoadingUntilTheChartsArrive(FxRobot robot) {
        logbook = Logbook.open(folder.resolve("progress.db"));
        SampleLogbook sample = SampleLogbook.generate(1, 1, TODAY);
        logbook.saveAll(sample.blocks(), sample.sessions());
        List<Runnable> held = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> TaskHandle submit(String description, BackgroundWork<T> work,
                    Consumer<? super T> onSuccess,
                    Consumer<? super Throwable> onFailure) {
                held.add(() -> new CurrentThreadTaskExecutor().submit(description, work, onSuccess, onFailure));
                return new TaskHandle();
            }

            @Override
            public void shutdown() {
            }
        };
        ProgressViewModel model = new ProgressViewModel(new ChartData(logbook), later,
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new SimpleObjectProperty<>(logbook.settings().units()));
        ProgressView[] shown = new ProgressView[1];
        robot.interact(() -> {
            shown[0] = new ProgressView(model, later);
            window.getScene().setRoot(shown[0]);
            model.refresh();
        });
        Label status = robot.lookup("#progress-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Loading…");
        assertThat(status.getParent().getParent().isVisible()).isTrue();
        Snapshots.save(shown[0], "progress-loading.png");

        while (!held.isEmpty()) {
            Runnable next = held.remove(0);
            robot.interact(next);
        }
        assertThat(shown[0].cards()).isNotEmpty();
        assertThat(status.getParent().getParent().isVisible()).isFalse();
    }

    @Test
    void anEmptyLogbookSaysWhatIsMissing(FxRobot robot) {
        ProgressView view = open(false, robot);
        assertThat(view.cards()).isEmpty();
        assertThat(robot.lookup("#progress-status").queryAs(Label.class).getText()).startsWith("No sessions yet.");
        Snapshots.save(window, "progress-empty.png");
    }
}
