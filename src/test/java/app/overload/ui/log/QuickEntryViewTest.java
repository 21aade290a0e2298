package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import app.overload.TempLogbook;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import app.overload.ui.TestLogbooks;
import app.overload.ui.Theme;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quick-entry box of the log section, driven by the keyboard: a typed line appears in the form a moment later,
 * Enter fills the form, Ctrl+S saves; a problem is underlined at its words with what was expected; an unknown
 * exercise offers the closest names and, confirmed, becomes a new one; pasted lines are saved together. Snapshots
 * at 1024 × 640 and 1920 × 1080, light and dark.
 */
@ExtendWith(ApplicationExtension.class)
class QuickEntryViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("log.db");

    private Stage stage;
    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage primary) {
        stage = primary;
        window = ShellStage.show(stage, 1024, 640);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        if (logbook != null) {
            logbook.close();
        }
    }

    /** The logbook with one squat session last week, the log section open, the focus in the quick-entry box. */
    private void open(FxRobot robot) {
        logbook = temp.open();
        StrengthSet set = StrengthSet.working(5, Mass.kilograms(97.5));
        logbook.sessions().save(new Workout(SessionId.random(), TODAY.minusDays(4).atTime(18, 0),
                Duration.ofMinutes(60), null, "", List.of(new StrengthEntry(ExerciseId.of("back-squat"),
                        List.of(set, set, set, set, set))), ""));
        robot.interact(() -> window.showLogbook(TestLogbooks.services(logbook, TODAY.atTime(20, 0)), false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        focusIsInTheBox(robot);
    }

    /** Under the headless platform a first focus request is now and then refused; then the harness puts it there. */
    private void focusIsInTheBox(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> box(robot).isFocused());
        } catch (TimeoutException e) {
            robot.interact(() -> box(robot).requestFocus());
        }
        assertThat(box(robot).isFocused()).isTrue();
    }

    private static TextArea box(FxRobot robot) {
        return robot.lookup("#quick-entry").queryAs(TextArea.class);
    }

    private LogViewModel model() {
        return ((LogView) window.currentView()).model();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void formHoldsEntries(int count) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model().form().entries().size() == count);
        } catch (TimeoutException e) {
            throw new AssertionError("The form shows " + model().form().entries().size() + " entries, not " + count);
        }
    }

    /** The window at both sizes, light and dark, as PNGs under target/snapshots/. */
    private void snapshots(FxRobot robot, String name) {
        for (int[] size : new int[][] {{1024, 640}, {1920, 1080}}) {
            for (Theme theme : Theme.values()) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    theme.apply();
                });
                WaitForAsyncUtils.waitForFxEvents();
                Path file = Snapshots.save(window, name + "-" + theme.name().toLowerCase() + "-" + size[0] + "x"
                        + size[1] + ".png");
                assertThat(file).exists();
            }
        }
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
            Theme.LIGHT.apply();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTypedLineAppearsInTheFormEnterFillsItAndCtrlSSavesIt(FxRobot robot) {
        open(robot);

        robot.write("Back squat 5x5 @ 100 · Bench press 3x8 @ 60 rpe 8");
        formHoldsEntries(2);

        assertThat(label(robot, "#quick-understood")).isEqualTo("Workout · Mon 23 Nov, 20:00 · Back squat 5×5 @ "
                + "100 kg · Bench press 3×8 @ 60 kg @ RPE 8");
        assertThat(model().dirtyProperty().get()).as("a preview is not the user's work yet").isFalse();
        assertThat(model().form().duration().text()).isEqualTo("24:00");
        snapshots(robot, "quick-entry-preview");

        robot.type(KeyCode.ENTER);
        assertThat(box(robot).getText()).isEmpty();
        assertThat(model().dirtyProperty().get()).isTrue();
        assertThat(model().form().entries()).hasSize(2);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logbook.sessions().between(TODAY, TODAY)).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(LocalDateTime.of(2026, 11, 23, 20, 0));
            assertThat(s.entries()).hasSize(2);
        });
    }

    @Test
    void aProblemIsUnderlinedAtItsWordsAndAnUnknownExerciseOffersTheClosestNames(FxRobot robot) {
        open(robot);

        robot.write("Bak squat 5x5 @ 100");

        assertThat(label(robot, "#quick-problem")).isEqualTo("`Bak squat` — an exercise from the catalogue; did you "
                + "mean Back squat, Front squat or Split squat?");
        assertThat(robot.lookup("#quick-fault").queryAs(Text.class).getText()).isEqualTo("Bak squat");
        assertThat(robot.lookup("#quick-suggestion-0").queryAs(Button.class).getText()).isEqualTo("Back squat");
        assertThat(robot.lookup("#quick-add-exercise").queryAs(Button.class).getText())
                .isEqualTo("Add “Bak squat” as a new exercise…");
        snapshots(robot, "quick-entry-unknown");

        robot.clickOn("#quick-suggestion-0");
        assertThat(box(robot).getText()).isEqualTo("Back squat 5x5 @ 100");
        formHoldsEntries(1);

        robot.interact(() -> box(robot).selectAll());
        robot.write("Back squat 5x");
        assertThat(label(robot, "#quick-problem")).isEqualTo("`5x` — reps after the x, e.g. 5x5");
        assertThat(robot.lookup("#quick-fault").queryAs(Text.class).getText()).isEqualTo("5x");
        assertThat(robot.lookup("#quick-understood").queryAs(Node.class).isVisible()).isFalse();
        snapshots(robot, "quick-entry-problem");
        robot.type(KeyCode.ENTER);
        assertThat(box(robot).getText()).as("Enter keeps a line that does not read").isEqualTo("Back squat 5x");
        robot.write("5 @ 100");
        assertThat(label(robot, "#quick-understood")).endsWith("Back squat 5×5 @ 100 kg");
    }

    @Test
    void aNewExerciseIsAddedOnlyOnceTheUserConfirms(FxRobot robot) {
        open(robot);

        robot.write("Zercher squat 5x5 @ 80");
        robot.clickOn("#quick-add-exercise");
        assertThat(robot.lookup("#quick-add-prompt").queryAs(Node.class).isVisible()).isTrue();
        assertThat(logbook.exercises().find(ExerciseId.of("zercher-squat"))).isEmpty();
        robot.clickOn("#quick-add-confirm");

        assertThat(logbook.exercises().find(ExerciseId.of("zercher-squat"))).isPresent();
        assertThat(label(robot, "#quick-understood")).endsWith("Zercher squat 5×5 @ 80 kg");
        formHoldsEntries(1);
    }

    @Test
    void pastedLinesAreSavedTogetherWithCtrlS(FxRobot robot) {
        open(robot);

        robot.interact(() -> box(robot).replaceSelection("2026-11-21 run 5 km in 25:00\n2026-11-22 yoga 45 min"));
        assertThat(label(robot, "#quick-understood")).isEqualTo("2 sessions: Ctrl+S saves them all");
        LogViewModel log = model();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logbook.sessions().count()).isEqualTo(3);
        assertThat(log.quickEntry().textProperty().get()).isEmpty();
        assertThat(log.savedNoticeProperty().get()).isEqualTo("Saved 2 sessions.");
        assertThat(log.messageProperty().get()).as("the fresh form keeps no stale notice").isEmpty();
        assertThat(window.currentView()).as("after a save the history shows").isNotInstanceOf(LogView.class);
    }
}
