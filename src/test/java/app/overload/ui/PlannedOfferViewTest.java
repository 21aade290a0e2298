package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The log form's offer on a day with a planned session, clicked through. */
@ExtendWith(ApplicationExtension.class)
class PlannedOfferViewTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("offer.db");

    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage stage) {
        window = ShellStage.show(stage, 1366, 768);
    }

    @Test
    void aWorkoutOnAPlannedDayCanBeLoggedAsThatTrainingSession(FxRobot robot) {
        logbook = temp.open();
        PlannedSession squat = new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.MONDAY,
                Purpose.HEAVY_STRENGTH, "Workout A", List.of(Prescription.Strength.sets(ExerciseId.of("back-squat"),
                        5, 5, Mass.kilograms(100), ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), "");
        logbook.blocks().save(new TrainingBlock(BlockId.random(), "Linear 5×5", new StrengthGoal(
                ExerciseId.of("back-squat"), Mass.kilograms(120), 5), MONDAY, MONDAY.plusDays(6), 1, List.of(),
                List.of(), List.of(), List.of(), List.of(squat), "", null));
        AppServices services = new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(MONDAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                logbook.settings().units());
        robot.interact(() -> window.showLogbook(services, false));
        robot.clickOn("#nav-log");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#workout-kind");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planned-offer").query().isVisible()).isTrue();
        assertThat(robot.lookup("Planned today: Linear 5×5 · Workout A. Log it as training?").tryQuery()).isPresent();
        Snapshots.save(window, "log-planned-offer.png");

        robot.clickOn("#planned-offer-accept");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#training-kind").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#planned-offer").query().isVisible()).isFalse();
    }
}
