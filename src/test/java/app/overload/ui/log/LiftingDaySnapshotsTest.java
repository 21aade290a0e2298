package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.Elided;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.TestLogbooks;
import app.overload.ui.Theme;
import app.overload.ui.fit.ScreenFit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
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
 * The log form on the sample year with today's 5×5 planned and not yet logged: filled from the plan, with the plates
 * per side and the warm-ups on offer, in kilograms and pounds, light and dark, at 1024 × 640 and 1920 × 1080. At
 * every size nothing of a set row is cut short or pushed behind a horizontal scroll bar.
 */
@ExtendWith(ApplicationExtension.class)
class LiftingDaySnapshotsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = ShellStage.show(stage, 1024, 640);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        if (logbook != null) {
            logbook.close();
        }
    }

    @Test
    void thePlannedDayFilledInFitsEverySizeInBothUnitsAndThemes(FxRobot robot) {
        logbook = TestLogbooks.sample(folder.resolve("lifting.db"), 7, TODAY);
        TestLogbooks.notYetLogged(logbook, TODAY);
        for (UnitPreferences units : List.of(UnitPreferences.METRIC, UnitPreferences.IMPERIAL)) {
            AppServices services = TestLogbooks.services(logbook, TODAY.atTime(18, 0));
            services.units().set(units);
            robot.interact(() -> window.showLogbook(services, false));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#nav-log");
            WaitForAsyncUtils.waitForFxEvents();
            ScreenFit.eachSize(robot, stage, "lifting-day-" + units.mass().symbol(),
                    LiftingDaySnapshotsTest::assertRowsFit);
        }
    }

    /** No set row is cut short, and the form never needs a horizontal scroll bar. */
    static void assertRowsFit(FxRobot robot, String name) {
        robot.interact(() -> assertRowsFit(robot.lookup(".log-scroll").queryAs(ScrollPane.class).getScene().getRoot(),
                name));
    }

    /** As {@link #assertRowsFit(FxRobot, String)}, in a view that may lie off the screen. */
    static void assertRowsFit(Parent view, String name) {
        ScrollPane scroll = (ScrollPane) view.lookup(".log-scroll");
        Node content = scroll.getContent();
        assertThat(content.getLayoutBounds().getWidth()).as(name + ": form width")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        for (Node bar : scroll.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar sideways && sideways.getOrientation() == Orientation.HORIZONTAL) {
                assertThat(sideways.isVisible()).as(name + ": horizontal scroll bar shown").isFalse();
            }
        }
        for (Node row : view.lookupAll(".set-row")) {
            assertThat(Elided.under(row)).as(name + ": set row").isEmpty();
        }
        for (Node captions : view.lookupAll(".set-captions")) {
            assertThat(Elided.under(captions)).as(name + ": captions").isEmpty();
        }
    }
}
