package app.overload.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import app.overload.analysis.ChartId;
import app.overload.analysis.ChartResult;
import app.overload.domain.LoadMeasure;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import app.overload.ui.TestLogbooks;
import app.overload.ui.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
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
 * The heart-rate charts on a year of the sample, whose runs carry recordings, for its athlete (LTHR 170) with hrTSS
 * driving the loads: time in zones, aerobic efficiency, the intensity distribution by heart rate, load in hrTSS, and
 * the pace chart with faster paces up. Saved light and dark at 1024 × 640 and 1920 × 1080 under
 * {@code target/snapshots/hr-*.png}.
 */
@ExtendWith(ApplicationExtension.class)
class HeartRateProgressViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<int[]> SIZES = List.of(new int[] {1024, 640}, new int[] {1920, 1080});

    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage shown) {
        stage = shown;
        window = ShellStage.show(shown, 1024, 640);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        if (logbook != null) {
            logbook.close();
        }
    }

    private ProgressView open(FxRobot robot) {
        logbook = TestLogbooks.sample(folder.resolve("hr.db"), 1, TODAY);
        logbook.settings().saveAthlete(SampleLogbook.athlete().withLoadMeasure(LoadMeasure.HR_TSS));
        robot.interact(() -> window.showLogbook(TestLogbooks.services(logbook, TODAY.atTime(20, 0)), false));
        robot.clickOn("#nav-progress");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + ProgressView.ID).queryAs(ProgressView.class);
    }

    private static void show(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<ChartId> drawn(ProgressView view) {
        return view.cards().stream().map(ChartCard::result).filter(ChartResult.Data.class::isInstance)
                .map(ChartResult::id).toList();
    }

    private static ChartCard card(ProgressView view, ChartId id) {
        return view.cards().stream().filter(c -> c.result().id() == id).findFirst().orElseThrow();
    }

    /**
     * Saves {@code what} with the window laid out at {@code width} × {@code height}. The 1920 × 1080 pictures are
     * taken in a scene of their own, since the headless screen (1400 × 900) cannot hold a stage that large.
     */
    private void at(FxRobot robot, int width, int height, Runnable what) {
        if (width == 1024) {
            what.run();
            return;
        }
        Scene[] scenes = new Scene[2];
        robot.interact(() -> {
            scenes[0] = stage.getScene();
            scenes[0].setRoot(new StackPane());
            scenes[1] = new Scene(window, width, height);
            window.applyCss();
            window.layout();
        });
        try {
            what.run();
        } finally {
            robot.interact(() -> {
                scenes[1].setRoot(new StackPane());
                scenes[0].setRoot(window);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theHeartRateChartsInBothThemesAtTwoSizes(FxRobot robot) {
        ProgressView view = open(robot);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(theme::apply);
            String name = theme.name().toLowerCase(Locale.ROOT);

            show(robot, "topic-intensity");
            assertThat(drawn(view)).containsExactly(ChartId.INTENSITY, ChartId.HEART_RATE_ZONES,
                    ChartId.AEROBIC_EFFICIENCY);
            for (int[] size : SIZES) {
                String suffix = "-" + name + "-" + size[0] + ".png";
                at(robot, size[0], size[1], () -> {
                    Snapshots.save(window, "hr-intensity" + suffix);
                    for (ChartId id : List.of(ChartId.INTENSITY, ChartId.HEART_RATE_ZONES,
                            ChartId.AEROBIC_EFFICIENCY)) {
                        Snapshots.save(card(view, id), "hr-card-" + id.key() + suffix);
                    }
                });
            }

            show(robot, "topic-load");
            assertThat(drawn(view)).contains(ChartId.LOAD, ChartId.FITNESS_FATIGUE);
            for (int[] size : SIZES) {
                String suffix = "-" + name + "-" + size[0] + ".png";
                at(robot, size[0], size[1], () -> {
                    Snapshots.save(card(view, ChartId.LOAD), "hr-card-load" + suffix);
                    Snapshots.save(card(view, ChartId.FITNESS_FATIGUE), "hr-card-fitness" + suffix);
                });
            }

            show(robot, "topic-endurance");
            for (int[] size : SIZES) {
                String suffix = "-" + name + "-" + size[0] + ".png";
                at(robot, size[0], size[1], () -> {
                    Snapshots.save(card(view, ChartId.PACE), "hr-card-pace" + suffix);
                    Snapshots.save(card(view, ChartId.TIME), "hr-card-time" + suffix);
                });
            }
        }
    }

    @Test
    void paceIsDrawnWithFasterPacesHigher(FxRobot robot) {
        ProgressView view = open(robot);
        show(robot, "topic-endurance");
        ChartCard pace = card(view, ChartId.PACE);
        ScaleAxis y = (ScaleAxis) ((TimeLineChart) pace.lookup(".progress-chart")).getYAxis();
        assertThat(y.inverted()).isTrue();
        double[] positions = new double[2];
        robot.interact(() -> {
            positions[0] = y.getDisplayPosition(y.getLowerBound());
            positions[1] = y.getDisplayPosition(y.getUpperBound());
        });
        assertThat(positions[0]).as("the fastest pace at the top").isZero();
        assertThat(positions[1]).as("the slowest at the bottom").isEqualTo(y.getHeight());
        assertThat(y.getValueForDisplay(0).doubleValue()).isEqualTo(y.getLowerBound());
    }
}
