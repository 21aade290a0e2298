package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import app.overload.store.Backups;
import app.overload.store.Logbook;
import app.overload.ui.history.HistoryView;
import app.overload.ui.log.LogView;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app without a mouse, on the smallest screen it is made for (1024 × 640): a session from Ctrl+N to saved, the
 * shortcut sheet, the focus ring while tabbing, and the Restore question that Enter and Esc both decline.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private Logbook logbook;

    @Start
    void start(Stage primary) {
        stage = primary;
        Theme.LIGHT.apply();
        window = new MainWindow(UiPreferences.inMemory(), new SimpleStringProperty(""), new SimpleDoubleProperty());
        stage.setScene(new Scene(window, 1024, 640));
        // The stage is shared with the test classes before, which may have made it larger.
        stage.setWidth(1024);
        stage.setHeight(640);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            Theme.LIGHT.apply();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
        });
        if (logbook != null) {
            logbook.close();
        }
    }

    private void open(FxRobot robot, LogbookFileActions actions) {
        logbook = TestLogbooks.sample(folder.resolve("sample.db"), 7, TODAY);
        AppServices sample = TestLogbooks.services(logbook, TODAY.atTime(20, 0));
        AppServices services = actions == null ? sample
                : new AppServices(logbook, sample.executor(), sample.clock(), logbook.settings().units(), actions);
        robot.interact(() -> window.showLogbook(services, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /**
     * Waits for the focus to reach a node with this id ("#add-exercise") or style class (".reps"); the form moves it
     * a pulse or two after an action.
     */
    private void focusReaches(String idOrStyleClass) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                Node owner = focusOwner();
                return owner != null && (idOrStyleClass.equals("#" + owner.getId())
                        || owner.getStyleClass().contains(idOrStyleClass.substring(1)));
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The focus did not reach " + idOrStyleClass + " but is on " + focusOwner(), e);
        }
    }

    /** The focus owner of the window in front (the newest that has the focus): a dialog's while one is open. */
    private static Node focusOwner() {
        List<Window> windows = new ArrayList<>(Window.getWindows());
        Collections.reverse(windows);
        return windows.stream().filter(Window::isFocused).map(w -> w.getScene().getFocusOwner()).findFirst()
                .orElse(null);
    }

    @Test
    void aSessionGoesFromCtrlNToSavedWithKeysAlone(FxRobot robot) throws Exception {
        open(robot, null);
        long before = logbook.sessions().count();
        assertThat(robot.lookup("#" + HistoryView.ID).tryQuery()).isPresent();

        // No click anywhere, and no help from the test: the keys alone, each landing where the form put the focus.
        shortcut(robot, KeyCode.N);
        focusReaches("#add-exercise");
        robot.write("squ").type(KeyCode.ENTER);
        focusReaches(".reps");
        robot.write("5").type(KeyCode.TAB).write("100").type(KeyCode.ENTER);
        shortcut(robot, KeyCode.E);
        focusReaches("#add-exercise");
        robot.write("bench").type(KeyCode.ENTER);
        focusReaches(".reps");
        robot.write("8").type(KeyCode.TAB).write("60");
        shortcut(robot, KeyCode.R);
        focusReaches(".distance");
        robot.write("3").type(KeyCode.TAB).write("15:00");
        shortcut(robot, KeyCode.S);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + HistoryView.ID).tryQuery()
                .isPresent());
        assertThat(logbook.sessions().count()).isEqualTo(before + 1);
        assertThat(robot.lookup("#" + LogView.ID).tryQuery()).isEmpty();
        // Back in the history, the keys go on in its table (Up, Down, Enter), not in the sidebar.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusOwner() instanceof TableView);
    }

    @Test
    void theSheetListsEveryShortcutAndEscClosesIt(FxRobot robot) throws Exception {
        open(robot, null);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + ShortcutSheet.ID).tryQuery()
                .isPresent());
        DialogPane sheet = robot.lookup("#" + ShortcutSheet.ID).queryAs(DialogPane.class);
        List<String> texts = new ArrayList<>();
        robot.interact(() -> robot.from(sheet).lookup(".label").queryAllAs(Label.class)
                .forEach(l -> texts.add(l.getText())));
        for (Shortcut s : Shortcut.values()) {
            assertThat(texts).as("the sheet names " + s).contains(s.action(), s.allKeysText());
        }
        Snapshots.save(sheet, "keyboard-sheet.png");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + ShortcutSheet.ID).tryQuery()
                .isEmpty());
        // Ctrl+/ is the other way in.
        shortcut(robot, KeyCode.SLASH);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + ShortcutSheet.ID).tryQuery()
                .isPresent());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void restoreIsNeverWhatEnterOrEscDo(FxRobot robot) throws Exception {
        List<Backups.Backup> restored = new ArrayList<>();
        open(robot, new LogbookFileActions() {
            @Override
            public Backups backups() {
                return new Backups(logbook.file());
            }

            @Override
            public Backups.Backup backUpNow() {
                return backups().backUp(logbook.database(), Backups.Kind.MANUAL, Clock.systemDefaultZone());
            }

            @Override
            public Optional<String> restore(Backups.Backup backup) {
                restored.add(backup);
                return Optional.empty();
            }
        });
        robot.interact(() -> new Backups(logbook.file()).backUp(logbook.database(), Backups.Kind.MANUAL,
                Clock.systemDefaultZone()));
        robot.interact(() -> robot.lookup("#logbook-menu").queryAs(MenuButton.class)
                .getItems().stream().filter(i -> "Backups…".equals(i.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#backup-table").tryQuery().isPresent());
        // The list of copies has the focus as the dialog opens.
        focusReaches("#backup-table");
        TableView<?> table = robot.lookup("#backup-table").queryAs(
                TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        // The newest copy is chosen already; Tab walks to Restore….
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the newest copy chosen").isZero();
        for (int tab = 0; tab < 6 && !"restore".equals(focusOwner().getId()); tab++) {
            robot.type(KeyCode.TAB);
        }
        focusReaches("#restore");

        for (KeyCode answer : new KeyCode[] {KeyCode.ENTER, KeyCode.ESCAPE}) {
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#restore-cancel").tryQuery()
                    .isPresent());
            Button cancel = robot.lookup("#restore-cancel").queryButton();
            Button restore = robot.lookup("#restore-confirm").queryButton();
            assertThat(cancel.isDefaultButton()).as("Cancel is the default").isTrue();
            assertThat(restore.isDefaultButton()).as("Restore is not").isFalse();
            robot.type(answer);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#restore-cancel").tryQuery()
                    .isEmpty());
            assertThat(restored).as("restored after " + answer).isEmpty();
            // The backups dialog is still open, its Restore… button in focus again.
            assertThat(robot.lookup("#backup-table").tryQuery()).isPresent();
            focusReaches("#restore");
        }
    }

    @Test
    void tabbingThroughTheHistoryKeepsTheFocusInSightInBothThemes(FxRobot robot) {
        open(robot, null);
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            robot.interact(() -> {
                theme.apply();
                window.select("history");
                robot.lookup("#new-session").query().requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            // Each stop looks different while it has the focus from the moment after it lost it.
            for (int stop = 0; stop < 14; stop++) {
                Node owner = stage.getScene().getFocusOwner();
                assertThat(owner).as("stop " + stop + " in " + theme).isNotNull();
                Bounds box = owner.localToScene(owner.getBoundsInLocal());
                assertThat(owner.isVisible() && box.getMinX() >= 0 && box.getMinY() >= 0
                        && box.getMaxX() <= stage.getScene().getWidth() && box.getMaxY() <= stage.getScene().getHeight())
                        .as("stop " + stop + " in " + theme + ", " + owner + " at " + box + ", is in the window")
                        .isTrue();
                Rectangle2D area = around(owner);
                WritableImage focused = shot(robot, area);
                robot.type(KeyCode.TAB);
                WaitForAsyncUtils.waitForFxEvents();
                if (stage.getScene().getFocusOwner() == owner) {
                    break; // nothing further to walk to
                }
                WritableImage after = shot(robot, area);
                assertThat(differ(focused, after)).as("the focus on " + owner + " (stop " + stop + ", " + theme
                        + ") shows").isTrue();
            }
        }
    }

    /** The node's box in the scene and a few pixels round it, where a focus ring is drawn. */
    private static Rectangle2D around(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double minX = Math.max(0, b.getMinX() - 3);
        double minY = Math.max(0, b.getMinY() - 3);
        Scene scene = node.getScene();
        return new Rectangle2D(minX, minY, Math.max(1, Math.min(b.getWidth() + 6, scene.getWidth() - minX)),
                Math.max(1, Math.min(b.getHeight() + 6, scene.getHeight() - minY)));
    }

    private WritableImage shot(FxRobot robot, Rectangle2D area) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setViewport(area);
            image[0] = window.snapshot(params, null);
        });
        return image[0];
    }

    private static boolean differ(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
