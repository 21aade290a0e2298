package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.Workout;
import app.overload.store.DraftRepository;
import app.overload.store.Logbook;
import app.overload.ui.history.HistoryRow;
import app.overload.ui.history.HistoryView;
import app.overload.ui.log.LogView;
import app.overload.ui.log.LogViewModel;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/**
 * The log form on a real logbook, driven by the keyboard alone: a strength session, a run and a workout end up in
 * the history with the right summaries; last time shows; invalid input blocks saving; a draft survives a restart.
 */
@ExtendWith(ApplicationExtension.class)
class LogFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage primary) {
        stage = primary;
        window = ShellStage.show(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        if (logbook != null) {
            logbook.close();
        }
    }

    /** Opens the logbook with one squat session four days ago, as the app does after start-up. */
    private void open(FxRobot robot) {
        logbook = Logbook.open(folder.resolve("log.db"));
        if (logbook.sessions().count() == 0) {
            StrengthSet set = StrengthSet.working(5, Mass.kilograms(100)).withRpe(Rpe.of(8));
            logbook.sessions().save(new Workout(SessionId.random(), TODAY.minusDays(4).atTime(18, 0),
                    Duration.ofMinutes(60), null, "", List.of(new StrengthEntry(ExerciseId.of("back-squat"),
                            List.of(set, set, set, set, set))), ""));
        }
        showLogbook(robot, window);
    }

    private void showLogbook(FxRobot robot, MainWindow target) {
        AppServices services = new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                logbook.settings().units());
        robot.interact(() -> target.showLogbook(services, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /**
     * The form moves the focus a moment after an action (the new field must be in the scene first); the next keys
     * go there, so wait until it has arrived rather than for a fixed time.
     */
    private void focusReaches(String styleClassOrId) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                Node owner = stage.getScene().getFocusOwner();
                return owner != null && (styleClassOrId.equals("#" + owner.getId())
                        || owner.getStyleClass().contains(styleClassOrId.substring(1)));
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The focus did not reach " + styleClassOrId + " but stayed on "
                    + stage.getScene().getFocusOwner() + "; showing " + window.currentView() + " focused "
                    + stage.isFocused(), e);
        }
    }

    /**
     * Ctrl+N, then the exercise search has the focus. Under the headless platform, after other test classes ran in
     * the same JVM, the first focus request of a freshly shown view is now and then refused; the harness then puts
     * the focus where the view asked for it, and everything after that is typed.
     */
    private void newSession(FxRobot robot) {
        shortcut(robot, KeyCode.N);
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> robot.lookup("#add-exercise").query().isFocused());
        } catch (TimeoutException e) {
            robot.interact(() -> robot.lookup("#add-exercise").query().requestFocus());
        }
        focusReaches("#add-exercise");
    }

    /** Types into the exercise search and takes the best match; the first set's reps get the focus. */
    private void addExercise(FxRobot robot, String letters) {
        robot.write(letters).type(KeyCode.ENTER);
        focusReaches(".reps");
    }

    /** Waits until the reps field of the {@code index}-th set row on the form has the focus. */
    private void focusReachesSet(FxRobot robot, int index) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                List<TextField> reps = List.copyOf(robot.lookup(".reps").queryAllAs(TextField.class));
                return index < reps.size() && reps.get(index).isFocused();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Set " + (index + 1) + " never had the focus; it is on "
                    + stage.getScene().getFocusOwner(), e);
        }
    }

    private List<HistoryRow.Entry> historyEntries(FxRobot robot) {
        HistoryView history = robot.lookup("#" + HistoryView.ID).queryAs(HistoryView.class);
        return history.table().getItems().stream().filter(HistoryRow.Entry.class::isInstance)
                .map(HistoryRow.Entry.class::cast).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    @Test
    void logsAStrengthSessionWithTheKeyboardAndFindsItInTheHistory(FxRobot robot) {
        open(robot);
        newSession(robot);
        assertThat(robot.lookup("#" + LogView.ID).tryQuery()).isPresent();

        // The squat comes filled with last time's 5×5 @ 100 kg @ RPE 8: each set takes 105 and is ticked done with
        // Ctrl+Enter, which moves on to the next set and, after the last, back to the exercise search.
        addExercise(robot, "squ");
        for (int set = 0; set < 5; set++) {
            focusReachesSet(robot, set);
            robot.type(KeyCode.TAB).write("105");
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        }
        focusReaches("#add-exercise");
        addExercise(robot, "bench");
        robot.write("8").type(KeyCode.TAB).write("60").type(KeyCode.ENTER);
        shortcut(robot, KeyCode.D);
        focusReaches("#log-date");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("55").type(KeyCode.TAB).write("8");
        Snapshots.save(window, "log-strength.png");
        shortcut(robot, KeyCode.S);

        assertThat(robot.lookup("#" + HistoryView.ID).tryQuery()).isPresent();
        assertThat(historyEntries(robot)).first().satisfies(row -> {
            assertThat(row.summary()).isEqualTo("Back squat 5×5 @ 105 kg @ RPE 8 · Bench press 2×8 @ 60 kg");
            assertThat(row.duration()).isEqualTo("55:00");
            assertThat(row.rpe()).isEqualTo("8");
            assertThat(row.training()).isFalse();
        });
        assertThat(logbook.sessions().count()).isEqualTo(2);
    }

    @Test
    void logsARunWithThePaceWorkedOutAsYouType(FxRobot robot) {
        open(robot);
        newSession(robot);
        shortcut(robot, KeyCode.R);
        focusReaches(".distance");
        robot.write("10").type(KeyCode.TAB).write("50:00");
        assertThat(text(robot, ".pace")).isEqualTo("5:00");
        Snapshots.save(window, "log-run.png");
        shortcut(robot, KeyCode.S);

        assertThat(historyEntries(robot)).first().extracting(HistoryRow.Entry::summary)
                .isEqualTo("Run 10.0 km in 50:00, 5:00 /km");
    }

    @Test
    void logsALabelledWorkoutWithTheKeyboard(FxRobot robot) {
        open(robot);
        newSession(robot);

        shortcut(robot, KeyCode.T);
        focusReaches(".activity");
        robot.write("Spin class").type(KeyCode.TAB).write("45").type(KeyCode.TAB).write("7");
        shortcut(robot, KeyCode.DIGIT1);
        focusReaches("#log-label");
        robot.write("spin class");
        shortcut(robot, KeyCode.S);

        assertThat(historyEntries(robot)).first().satisfies(row -> {
            assertThat(row.purposeOrLabel()).isEqualTo("spin class");
            assertThat(row.summary()).isEqualTo("Spin class 45:00 @ RPE 7");
            assertThat(row.duration()).isEqualTo("45:00");
        });
    }

    @Test
    void showsWhatWasDoneLastTimeBesideTheExercise(FxRobot robot) {
        open(robot);
        newSession(robot);

        addExercise(robot, "squ");

        assertThat(robot.lookup(".last-time").queryAs(Label.class).getText())
                .isEqualTo("Last time Thu 19 Nov 2026: 5×5 @ 100 kg @ RPE 8");
        assertThat(robot.lookup(".load").queryAllAs(TextField.class)).extracting(TextField::getText)
                .containsExactly("100", "100", "100", "100", "100");
    }

    @Test
    void invalidFieldsShowAMessageAndBlockSaving(FxRobot robot) {
        open(robot);
        newSession(robot);

        addExercise(robot, "squ");
        robot.write("0").type(KeyCode.TAB).write("-5").type(KeyCode.TAB).write("abc");
        shortcut(robot, KeyCode.D);
        focusReaches("#log-date");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("30:00:00");

        assertThat(robot.lookup("#log-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".field-message").queryAllAs(Label.class)).filteredOn(Label::isVisible)
                .extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Reps must be between 1"))
                .anyMatch(t -> t.startsWith("Load must be between 0"))
                .anyMatch(t -> t.startsWith("RPE must be a number"))
                .anyMatch(t -> t.contains("at most 24 hours"));
        Snapshots.save(window, "log-invalid.png");
        shortcut(robot, KeyCode.S);

        assertThat(robot.lookup("#" + LogView.ID).tryQuery()).isPresent();
        assertThat(logbook.sessions().count()).isEqualTo(1);
    }

    @Test
    void aDraftSurvivesClosingTheWindowAndIsOfferedBack(FxRobot robot) throws Exception {
        open(robot);
        newSession(robot);
        addExercise(robot, "bench");
        robot.write("5").type(KeyCode.TAB).write("110").type(KeyCode.ENTER);
        DraftRepository drafts = logbook.drafts();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drafts.find(LogViewModel.DRAFT_SLOT)
                .filter(d -> d.payload().contains("110") && d.payload().contains("set.1")).isPresent());

        // "Crash": the window goes away without saving and the file is closed; a new window opens the same file.
        logbook.close();
        MainWindow restarted = new MainWindow(UiPreferences.inMemory(), new SimpleStringProperty(""),
                new SimpleDoubleProperty());
        robot.interact(() -> {
            stage.setScene(new Scene(restarted, 1366, 768));
            stage.show();
        });
        logbook = Logbook.open(folder.resolve("log.db"));
        showLogbook(robot, restarted);

        assertThat(robot.lookup("#draft-offer").tryQuery()).hasValueSatisfying(bar -> assertThat(bar.isVisible())
                .isTrue());
        robot.type(KeyCode.SPACE); // the focused Restore button
        assertThat(robot.lookup(".load").queryAllAs(TextField.class)).extracting(TextField::getText)
                .containsExactly("110", "110");
        assertThat(robot.lookup("#draft-offer").query().isVisible()).isFalse();
        shortcut(robot, KeyCode.D);
        focusReaches("#log-date");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("40");
        shortcut(robot, KeyCode.S);

        assertThat(historyEntries(robot)).first().extracting(HistoryRow.Entry::summary)
                .isEqualTo("Bench press 2×5 @ 110 kg");
        assertThat(logbook.drafts().find(LogViewModel.DRAFT_SLOT)).isEmpty();
    }

    @Test
    void escapeAsksBeforeDroppingUnsavedChanges(FxRobot robot) {
        open(robot);
        newSession(robot);
        addExercise(robot, "squ");
        robot.write("5");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#leave-prompt").query().isVisible()).isTrue();
        robot.type(KeyCode.SPACE); // "Keep editing" has the focus
        assertThat(robot.lookup("#" + LogView.ID).tryQuery()).isPresent();
        assertThat(robot.lookup("#leave-prompt").query().isVisible()).isFalse();

        robot.type(KeyCode.ESCAPE).type(KeyCode.TAB).type(KeyCode.SPACE);
        assertThat(robot.lookup("#" + HistoryView.ID).tryQuery()).isPresent();
        assertThat(logbook.sessions().count()).isEqualTo(1);
    }
}
