package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The plan editor, Archive… and Delete… on a real logbook file, by mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class BlockEditingTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDate TODAY = MONDAY.plusDays(2);
    static final ExerciseId SQUAT = ExerciseId.of("back-squat");

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("edit.db");

    MainWindow window;
    Logbook logbook;
    TrainingBlock block;

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

    /** A four-week squat block from this Monday with one planned session, opened in the blocks section. */
    void open(FxRobot robot) {
        logbook = temp.open();
        PlannedSession squat = new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.MONDAY,
                Purpose.HEAVY_STRENGTH, "Squat day", List.of(Prescription.Strength.sets(SQUAT, 5, 5,
                        Mass.kilograms(80), ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), "");
        block = new TrainingBlock(BlockId.random(), "Squat block", new StrengthGoal(SQUAT, Mass.kilograms(100), 5),
                MONDAY, MONDAY.plusDays(27), 4, List.of(), List.of(), List.of(),
                List.of(new LiftLevel(SQUAT, 5, 5, Mass.kilograms(80))), List.of(squat), "", null);
        logbook.blocks().save(block);
        AppServices services = new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                logbook.settings().units());
        robot.interact(() -> window.showLogbook(services, false));
        robot.clickOn("#nav-blocks");
        robot.clickOn("#block-" + block.id());
        WaitForAsyncUtils.waitForFxEvents();
    }

    TrainingBlock stored() {
        return logbook.blocks().find(block.id()).orElseThrow();
    }

    static void pick(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        Node cell = robot.lookup(".list-cell").match(LabeledMatchers.hasText(item)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void plansChangesAndRemovesASessionFromTheSidePanel(FxRobot robot) {
        open(robot);
        LocalDate thursday = MONDAY.plusDays(3);

        robot.clickOn("#day-" + thursday);
        assertThat(robot.lookup("#plan-editor-day").queryAs(Label.class).getText()).isEqualTo("Thu 26 Nov · week 1");
        robot.clickOn("#plan-add-session");
        robot.clickOn("#plan-save");
        assertThat(robot.lookup("#plan-message").queryAs(Label.class).getText())
                .isEqualTo("Choose what the session is for (its purpose).");
        assertThat(stored().plan()).hasSize(1);

        pick(robot, "#plan-purpose", "Volume strength");
        robot.clickOn("#plan-title").write("Bench day");
        robot.clickOn("#plan-add-strength");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#rx-done");
        assertThat(robot.lookup("#rx-message").queryAs(Label.class).getText()).isEqualTo("Choose the exercise.");
        pick(robot, "#rx-exercise", "Bench press");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#rx-set-load-" + i).write("60");
        }
        Snapshots.save(robot.lookup("#prescription-dialog").query(), "blocks-prescription-new.png");
        robot.clickOn("#rx-done");
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(window, "blocks-plan-form-new.png");
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitForFxEvents();

        PlannedSession bench = stored().plan().stream().filter(p -> p.day() == DayOfWeek.THURSDAY).findFirst()
                .orElseThrow();
        assertThat(bench.title()).isEqualTo("Bench day");
        assertThat(bench.purpose()).isEqualTo(Purpose.VOLUME_STRENGTH);
        assertThat(bench.prescriptions()).singleElement().isEqualTo(Prescription.Strength.sets(
                ExerciseId.of("bench-press"), 3, 5, Mass.kilograms(60),
                ProgressionRule.Linear.standard(Mass.kilograms(2.5))));
        assertThat(robot.lookup("#day-" + thursday).lookup(".chip-title").queryAs(Label.class).getText())
                .isEqualTo("Bench day");

        robot.clickOn("#plan-edit-" + bench.id());
        BlocksSectionTest.type(robot, "#plan-title", "Press day");
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().planned(bench.id()).orElseThrow().title()).isEqualTo("Press day");

        robot.clickOn("#plan-remove-" + bench.id());
        robot.clickOn("#plan-remove-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().plan()).extracting(PlannedSession::title).containsExactly("Squat day");
    }

    @Test
    void archivesWithTheProposedOutcome(FxRobot robot) {
        open(robot);
        logbook.sessions().save(PlanSessions.fulfil(block, block.plan().get(0)));
        robot.clickOn("#nav-history");
        robot.clickOn("#nav-blocks");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#archive-block");
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(robot.lookup("#archive-dialog").query(), "blocks-archive.png");
        robot.clickOn("#archive-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored().outcome()).isNotNull().satisfies(o -> {
            assertThat(o.goalMet()).isFalse();
            assertThat(o.archivedOn()).isEqualTo(TODAY);
            assertThat(o.summary()).isEqualTo("Goal not met: best 80 kg × 5 on 23 Nov, 23.3 kg (20 %) short of the "
                    + "target's e1RM 116.7 kg.");
        });
        assertThat(robot.lookup("#block-status").queryAs(Label.class).getText()).startsWith("Archived");
        assertThat(robot.lookup("#block-outcome").queryAs(Label.class).getText()).startsWith("Goal not met.");
        robot.clickOn("#back-to-blocks");
        assertThat(robot.lookup("#group-archived").tryQuery()).isPresent();
    }

    @Test
    void deleteAsksAndKeepsTheSessionsAsWorkouts(FxRobot robot) {
        open(robot);
        Session logged = PlanSessions.fulfil(block, block.plan().get(0));
        logbook.sessions().save(logged);
        robot.clickOn("#nav-history");
        robot.clickOn("#nav-blocks");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#delete-block");
        assertThat(robot.lookup(".blocks-banner .label").queryAs(Label.class).getText()).isEqualTo(
                "Delete \"Squat block\" and its plan? Its 1 logged sessions stay in the logbook, as workouts.");
        robot.clickOn("#delete-cancel");
        assertThat(logbook.blocks().all()).hasSize(1);
        robot.clickOn("#delete-block");
        robot.clickOn("#delete-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logbook.blocks().all()).isEmpty();
        assertThat(logbook.sessions().find(logged.id())).get().isInstanceOf(Workout.class);
        assertThat(robot.lookup("#" + BlockListView.ID).tryQuery()).isPresent();
        assertThat(robot.lookup("No blocks yet.").tryQuery()).isPresent();
    }
}
