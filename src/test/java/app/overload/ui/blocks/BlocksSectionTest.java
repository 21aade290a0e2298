package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.PlannedSession;
import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each template through New block…, by mouse and keyboard: the block is created from the level typed, sessions are
 * logged against its plan, and the block view's compliance and goal progress move.
 */
@ExtendWith(ApplicationExtension.class)
class BlocksSectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("blocks.db");

    MainWindow window;
    Logbook logbook;

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

    void open(FxRobot robot) {
        logbook = temp.open();
        AppServices services = new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                logbook.settings().units());
        robot.interact(() -> window.showLogbook(services, false));
        robot.clickOn("#nav-blocks");
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Linear 5×5                | linear-5x5           | #level-load-0 | 80
            Hypertrophy 8–12          | double-progression   | #level-load-0 | 55
            5/3/1 cycles              | five-three-one       | #level-load-0 | 110
            5 km in 8 weeks           | five-k               | #level-time-0 | 27:30
            Half marathon in 12 weeks | half-marathon        | #level-time-0 | 58:00
            Split squat to back squat | split-squat-to-squat | #level-load-0 | 12
            """)
    void createsABlockFromATemplateAndFollowsWhatIsLoggedAgainstIt(String title, String key, String levelField,
            String level, FxRobot robot) {
        open(robot);

        robot.clickOn("#new-block");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-block-start");
        Node item = robot.lookup(".list-cell").match(LabeledMatchers.hasText(title)).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#new-block-start-date", "2026-11-02");
        robot.clickOn(levelField).write(level);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#create-block");
        WaitForAsyncUtils.waitForFxEvents();

        List<TrainingBlock> blocks = logbook.blocks().all();
        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo(title + " (Nov 2026)");
            assertThat(b.start()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(b.levels()).hasSize(1);
        });
        TrainingBlock block = blocks.get(0);
        assertThat(text(robot, "#block-name")).isEqualTo(block.name());
        String before = text(robot, "#block-compliance");
        assertThat(before).matches("0 of \\d+ done · 0 %");
        assertThat(text(robot, "#goal-progress")).startsWith("Nothing logged toward it yet");

        List<PlannedSession> firstWeek = block.plannedIn(1);
        firstWeek.forEach(p -> logbook.sessions().save(PlanSessions.fulfil(block, p)));
        logbook.sessions().save(PlanSessions.towardTheGoal(block, LocalDate.of(2026, 11, 20)));
        robot.clickOn("#nav-history");
        robot.clickOn("#nav-blocks");
        WaitForAsyncUtils.waitForFxEvents();

        int due = Integer.parseInt(before.replaceAll("0 of (\\d+) done.*", "$1"));
        assertThat(text(robot, "#block-compliance")).isEqualTo(firstWeek.size() + " of " + due + " done · "
                + Math.round(100.0 * firstWeek.size() / due) + " %");
        assertThat(robot.lookup("#week-1-compliance").queryAs(VBox.class).getChildren().get(0))
                .isInstanceOfSatisfying(Label.class, l -> assertThat(l.getText()).isEqualTo("100 %"));
        assertThat(text(robot, "#goal-progress")).matches("Best .* on \\d+ Nov.* · \\d+ % of the target");
        assertThat(robot.lookup("#goal-progress-bar").queryAs(ProgressBar.class).getProgress())
                .isGreaterThan(0.5);
        robot.moveTo("#block-name");
        Snapshots.save(window, "blocks-template-" + key + ".png");
    }
}
