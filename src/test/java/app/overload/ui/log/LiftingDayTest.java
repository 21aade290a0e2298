package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Plates;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Routine;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.FxTaskExecutor;
import app.overload.ui.MainWindow;
import app.overload.ui.ShellStage;
import app.overload.ui.Snapshots;
import app.overload.ui.TaskExecutor;
import app.overload.ui.TestLogbooks;
import app.overload.ui.Theme;
import app.overload.ui.fit.ScreenFit;
import app.overload.ui.history.HistoryRow;
import app.overload.ui.history.HistoryView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lifting day driven by the keyboard, in kilograms and in pounds: a squat added to a workout comes filled with last
 * time's sets, Ctrl+W puts the warm-ups before them, Ctrl+Enter ticks each set off and moves on (the focused set
 * always in sight), the plates show beside every load, and saving a heavier squat names the record in the history,
 * which marks the session. Routines are saved from the form and started again; the bar and plates are set once.
 */
@ExtendWith(ApplicationExtension.class)
class LiftingDayTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");

    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private Logbook logbook;
    private AppServices services;

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

    /** A logbook with last Thursday's squats, 5×5 @ 100 kg @ RPE 8, shown in {@code units}. */
    private void open(FxRobot robot, UnitPreferences units) {
        logbook = Logbook.open(folder.resolve("lifting.db"));
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sets.add(StrengthSet.working(5, Mass.kilograms(100)).withRpe(Rpe.of(8)));
        }
        logbook.sessions().save(new Workout(SessionId.random(), TODAY.minusDays(4).atTime(18, 0),
                Duration.ofMinutes(60), null, "", List.of(new StrengthEntry(SQUAT, sets)), ""));
        logbook.settings().saveUnits(units);
        services = TestLogbooks.services(logbook, TODAY.atTime(20, 0));
        robot.interact(() -> window.showLogbook(services, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static UnitPreferences units(MassUnit unit) {
        return unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " never happened; the focus is on " + stage.getScene().getFocusOwner(), e);
        }
    }

    private void newSession(FxRobot robot) {
        shortcut(robot, KeyCode.N);
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> robot.lookup("#add-exercise").query().isFocused());
        } catch (TimeoutException e) {
            robot.interact(() -> robot.lookup("#add-exercise").query().requestFocus());
        }
        waitFor("the exercise search taking the focus", () -> robot.lookup("#add-exercise").query().isFocused());
    }

    private List<TextField> fields(FxRobot robot, String styleClass) {
        return List.copyOf(robot.lookup("." + styleClass).queryAllAs(TextField.class));
    }

    private void focusOnSet(FxRobot robot, int index) {
        waitFor("set " + (index + 1) + " taking the focus", () -> {
            List<TextField> reps = fields(robot, "reps");
            return index < reps.size() && reps.get(index).isFocused();
        });
    }

    /** The focused field lies inside the visible part of the form. */
    private void focusedFieldInSight(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup(".log-scroll").queryAs(ScrollPane.class);
        Node focused = stage.getScene().getFocusOwner();
        Bounds field = focused.localToScene(focused.getBoundsInLocal());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(field.getMinY()).as("top of the focused field").isGreaterThanOrEqualTo(view.getMinY() - 1);
        assertThat(field.getMaxY()).as("bottom of the focused field").isLessThanOrEqualTo(view.getMaxY() + 1);
    }

    /** Saves the window at both sizes, light and dark; a set row shown is never cut short at either. */
    private void snapshots(FxRobot robot, String name) {
        ScreenFit.eachSize(robot, stage, name, (view, file) -> {
            if (view.lookup(".log-scroll") != null) {
                LiftingDaySnapshotsTest.assertRowsFit(view, file);
            }
        });
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            KG | 105 | 25 · 15 per side                | 25 · 15 · 2.5 per side | Back squat: heaviest set, 105 kg × 5
            LB | 230 | 45 · 35 · 5 · 2.5 per side (220 lb) | 45 · 45 · 2.5 per side | Back squat: heaviest set, 230 lb × 5
            """)
    void ticksOffAFilledSquatWithTheKeyboardAndTheSaveNamesTheRecord(MassUnit unit, String heavier, String lastTime,
            String heavierPlates, String record, FxRobot robot) {
        open(robot, units(unit));
        newSession(robot);

        robot.write("squ").type(KeyCode.ENTER);
        focusOnSet(robot, 0);
        assertThat(fields(robot, "reps")).extracting(TextField::getText).containsOnly("5").hasSize(5);
        assertThat(robot.lookup(".plates").queryAllAs(Label.class)).first().extracting(Label::getText)
                .isEqualTo(lastTime);
        assertThat(robot.lookup(".warm-up-offer").queryAs(Label.class).getText()).startsWith("Warm-up: bar × 10");

        shortcut(robot, KeyCode.W);
        focusOnSet(robot, 0);
        assertThat(fields(robot, "reps")).hasSize(9);
        assertThat(robot.lookup(".warm-up-offer").queryAs(Label.class).getText()).isEmpty();
        snapshots(robot, "lifting-warm-ups-" + unit.name().toLowerCase(Locale.ROOT));

        for (int set = 0; set < 4; set++) {
            focusOnSet(robot, set);
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        }
        for (int set = 4; set < 9; set++) {
            focusOnSet(robot, set);
            focusedFieldInSight(robot);
            robot.type(KeyCode.TAB).write(heavier);
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        }
        waitFor("the focus going back to the exercise search after the last set",
                () -> robot.lookup("#add-exercise").query().isFocused());
        LiftingDaySnapshotsTest.assertRowsFit(robot, "ticked off");
        assertThat(robot.lookup(".plates").queryAllAs(Label.class)).extracting(Label::getText).last()
                .isEqualTo(heavierPlates);

        shortcut(robot, KeyCode.D);
        waitFor("the date taking the focus", () -> robot.lookup("#log-date").query().isFocused());
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("50");
        shortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        HistoryView history = robot.lookup("#" + HistoryView.ID).queryAs(HistoryView.class);
        String notice = robot.lookup("#saved-notice-text").queryAs(Label.class).getText();
        assertThat(notice).startsWith("Saved Mon 23 Nov, 20:00. New records: ").contains(record);
        HistoryRow.Entry saved = history.table().getItems().stream().filter(HistoryRow.Entry.class::isInstance)
                .map(HistoryRow.Entry.class::cast).findFirst().orElseThrow();
        assertThat(saved.summary()).startsWith("Back squat 5×5 @ " + heavier + " " + unit.symbol());
        assertThat(saved.records()).contains(record);
        assertThat(robot.lookup(".record-mark").queryAllAs(Node.class)).anyMatch(Node::isVisible);
        snapshots(robot, "lifting-record-" + unit.name().toLowerCase(Locale.ROOT));

        robot.clickOn("#nav-log");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-message").queryAs(Label.class).getText()).isEmpty();
    }

    /** Six exercises planned for today: the cards fill the form after it opened and push the search out of sight. */
    private void planSixLiftsForToday() {
        List<Prescription> plan = new ArrayList<>();
        for (String lift : List.of("back-squat", "bench-press", "deadlift", "overhead-press", "barbell-row",
                "pull-up")) {
            plan.add(Prescription.Strength.sets(ExerciseId.of(lift), 5, 5, Mass.kilograms(60),
                    ProgressionRule.Linear.standard(Mass.kilograms(2.5))));
        }
        LocalDate monday = TODAY.with(DayOfWeek.MONDAY);
        PlannedSession today = new PlannedSession(PlannedSessionId.random(), 1, TODAY.getDayOfWeek(),
                Purpose.HEAVY_STRENGTH, "Full body", plan, "");
        logbook.blocks().save(new TrainingBlock(BlockId.random(), "Strength block",
                new StrengthGoal(SQUAT, Mass.kilograms(110), 5), monday, monday.plusDays(27), 4, List.of(), List.of(),
                List.of(), List.of(), List.of(today), "", null));
    }

    /** When the read that fills the form with today's plan comes back, against the form's showing. */
    enum PlanRead {
        /** In the turn of the FX thread after Ctrl+N, as a quick read would. */
        AT_ONCE,
        /** In the turn after the pulse that first lays the form out, its fields just in the scene. */
        JUST_AFTER_THE_FIRST_LAYOUT,
        /** Only after the form has been shown and laid out, with the focus waiting in the exercise search. */
        AFTER_THE_FORM_IS_LAID_OUT,
        /** Whenever the app's own background threads deliver it. */
        ON_THE_APPS_OWN_THREADS
    }

    /** Shows the logbook again with {@code background} doing its reads, the focus where it rests at start-up. */
    private void reopenWith(FxRobot robot, TaskExecutor background) {
        AppServices real = new AppServices(logbook, background, services.clock(), services.units().get());
        robot.interact(() -> window.showLogbook(real, false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#nav-history").query().requestFocus());
    }

    /** Ctrl+N from the sidebar with the plan read held back, until the form waits for it with the focus in the search. */
    private TextField newSessionWaitingForThePlan(FxRobot robot, HoldingExecutor background) {
        background.hold();
        shortcut(robot, KeyCode.N);
        TextField search = robot.lookup("#add-exercise").queryAs(TextField.class);
        waitFor("the form shown and laid out, waiting for its plan", () -> search.getWidth() > 0
                && search.isFocused() && background.waiting() > 0);
        assertThat(fields(robot, "reps")).isEmpty();
        return search;
    }

    /** Lets the held reads go at the end of the first pulse that has the form's exercise search in the scene. */
    private void releaseOnTheFormsFirstLayout(HoldingExecutor held) {
        Scene scene = stage.getScene();
        boolean[] released = {false};
        scene.addPostLayoutPulseListener(() -> {
            if (!released[0] && scene.lookup("#add-exercise") != null && held.waiting() > 0) {
                released[0] = true;
                held.release();
            }
        });
    }

    @ParameterizedTest(name = "plan read {0}")
    @EnumSource(PlanRead.class)
    void aFormFilledFromTodaysPlanTakesTheFocusAtItsFirstSetInSight(PlanRead read, FxRobot robot) {
        open(robot, UnitPreferences.METRIC);
        planSixLiftsForToday();
        HoldingExecutor held = new HoldingExecutor();
        FxTaskExecutor threads = new FxTaskExecutor();
        reopenWith(robot, read == PlanRead.ON_THE_APPS_OWN_THREADS ? threads : held);
        try {
            if (read == PlanRead.AFTER_THE_FORM_IS_LAID_OUT) {
                newSessionWaitingForThePlan(robot, held);
                robot.interact(held::release);
            } else if (read == PlanRead.JUST_AFTER_THE_FIRST_LAYOUT) {
                held.hold();
                robot.interact(() -> releaseOnTheFormsFirstLayout(held));
                shortcut(robot, KeyCode.N);
            } else {
                shortcut(robot, KeyCode.N);
            }

            waitFor("the planned session filling the form", () -> fields(robot, "reps").size() == 30);
            focusOnSet(robot, 0);
            focusedFieldInSight(robot);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void theLogTakesTheFocusInTheTurnItOpensNotAfterALayoutPulse(FxRobot robot) {
        open(robot, UnitPreferences.METRIC);
        planSixLiftsForToday();
        HoldingExecutor held = new HoldingExecutor();
        reopenWith(robot, held);
        held.hold();

        // Shown for the first time: its form still waits for the pulse that would put it in the scene.
        Node[] owner = new Node[1];
        robot.interact(() -> {
            window.select("log");
            owner[0] = stage.getScene().getFocusOwner();
        });
        assertThat(owner[0]).as("the focus as the log shows").isSameAs(robot.lookup("#add-exercise").query());

        robot.interact(held::release);
        waitFor("the planned session filling the form", () -> fields(robot, "reps").size() == 30);
        focusOnSet(robot, 0);
        focusedFieldInSight(robot);
    }

    @Test
    void anExerciseTypedWhileThePlanIsReadKeepsTheFocusInTheSearch(FxRobot robot) {
        open(robot, UnitPreferences.METRIC);
        planSixLiftsForToday();
        HoldingExecutor held = new HoldingExecutor();
        reopenWith(robot, held);
        TextField search = newSessionWaitingForThePlan(robot, held);

        robot.write("bench");
        robot.interact(held::release);

        waitFor("the planned session filling the form", () -> fields(robot, "reps").size() == 30);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.isFocused()).as("the search the user typed in keeps the focus").isTrue();
        assertThat(search.getText()).isEqualTo("bench");
    }

    @Test
    void savesTheFormAsARoutineAndStartsAWorkoutFromItFilledFromLastTime(FxRobot robot) {
        open(robot, UnitPreferences.METRIC);
        newSession(robot);
        robot.write("bench").type(KeyCode.ENTER);
        focusOnSet(robot, 0);
        robot.write("8").type(KeyCode.TAB).write("60");
        shortcut(robot, KeyCode.E);
        waitFor("the search taking the focus", () -> robot.lookup("#add-exercise").query().isFocused());
        robot.write("squ").type(KeyCode.ENTER);
        focusOnSet(robot, 1);

        shortcut(robot, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#routine-name").write("Upper A").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#routine-message").queryAs(Label.class).getText())
                .isEqualTo("Saved the routine \"Upper A\".");
        assertThat(logbook.routines().all()).extracting(Routine::name).containsExactly("Upper A");
        Routine upper = logbook.routines().all().get(0);
        assertThat(upper.entries()).hasSize(2);
        assertThat(robot.lookup("#routine-start").queryButton().isDisabled()).as("the routine saved is chosen, ready to "
                + "start").isFalse();
        dialogSnapshots(robot, "#routines-dialog", "lifting-routines");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // Away from the form, which asks before the unsaved session goes; then a workout from the routine.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#leave-discard");
        WaitForAsyncUtils.waitForFxEvents();
        newSession(robot);
        shortcut(robot, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor("the routine list taking the focus", () -> robot.lookup("#routine-list").query().isFocused());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#log-label").queryAs(TextField.class).getText()).isEqualTo("Upper A");
        List<TextField> loads = fields(robot, "load");
        // The bench, never logged, keeps the routine's 8 × 60; the squat comes as last time's 5 × 100.
        assertThat(loads).extracting(TextField::getText).containsExactly("60", "100", "100", "100", "100", "100");
        assertThat(fields(robot, "rpe")).extracting(TextField::getText).containsExactly("", "8", "8", "8", "8", "8");
        snapshots(robot, "lifting-routine-started-kg");
        robot.interact(() -> services.changeUnits(UnitPreferences.IMPERIAL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fields(robot, "load")).extracting(TextField::getText).startsWith("132.3", "220.5");
        snapshots(robot, "lifting-routine-started-lb");
    }

    @Test
    void theBarAndPlatesAreSetOnceAndThePlatesFollowThem(FxRobot robot) {
        open(robot, UnitPreferences.METRIC);
        robot.clickOn("#units");
        robot.clickOn("#units-plates");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plates-example").queryAs(Label.class).getText())
                .isEqualTo("100 kg loads as 25 · 15 on each side of the 20 kg bar.");
        robot.clickOn("#plates-sizes").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("20 10 5 2.5 1.25");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plates-example").queryAs(Label.class).getText())
                .isEqualTo("100 kg loads as 20 · 20 on each side of the 20 kg bar.");
        dialogSnapshots(robot, "#plates-dialog", "lifting-plates");
        robot.clickOn("#plates-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services.plates().get()).isEqualTo(new Plates(MassUnit.KG, 20, List.of(20.0, 10.0, 5.0, 2.5,
                1.25)));
        assertThat(logbook.settings().plates()).contains(services.plates().get());
        newSession(robot);
        robot.write("squ").type(KeyCode.ENTER);
        focusOnSet(robot, 0);
        assertThat(robot.lookup(".plates").queryAllAs(Label.class)).first().extracting(Label::getText)
                .isEqualTo("20 · 20 per side");
    }

    @Test
    void aLoggedSessionWithWarmUpsKeepsThemAsWarmUps(FxRobot robot) {
        open(robot, UnitPreferences.METRIC);
        newSession(robot);
        robot.write("squ").type(KeyCode.ENTER);
        focusOnSet(robot, 0);
        shortcut(robot, KeyCode.W);
        focusOnSet(robot, 0);
        shortcut(robot, KeyCode.D);
        waitFor("the date taking the focus", () -> robot.lookup("#log-date").query().isFocused());
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("45");
        shortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        Workout saved = (Workout) logbook.sessions().between(TODAY, TODAY).get(0);
        StrengthEntry squat = (StrengthEntry) saved.entries().get(0);
        assertThat(squat.sets()).extracting(StrengthSet::kind).containsExactly(SetKind.WARM_UP, SetKind.WARM_UP,
                SetKind.WARM_UP, SetKind.WARM_UP, SetKind.WORKING, SetKind.WORKING, SetKind.WORKING, SetKind.WORKING,
                SetKind.WORKING);
        assertThat(squat.sets().subList(0, 4)).extracting(s -> s.reps() + "×" + s.load().kilograms())
                .containsExactly("10×20.0", "5×40.0", "3×60.0", "1×80.0");
    }

    /** Saves a dialog's pane, light and dark. */
    private void dialogSnapshots(FxRobot robot, String id, String name) {
        Node pane = robot.lookup(id).query();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(theme::apply);
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(pane, name + "-" + theme.name().toLowerCase(Locale.ROOT) + ".png");
        }
        robot.interact(Theme.LIGHT::apply);
    }
}
