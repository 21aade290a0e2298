package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.overload.Fixtures;
import app.overload.store.Backups;
import app.overload.store.Logbook;
import app.overload.store.LogbookFiles;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application class, started as {@code Main} starts it: the first opening on its own thread, the daily
 * backup, and a damaged logbook met with the offer of its newest healthy backup.
 */
class OverloadAppTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private Path db() {
        return folder.resolve("overload.db");
    }

    private void logbookOf(int sessions) {
        try (Logbook logbook = Logbook.open(db())) {
            for (int i = 0; i < sessions; i++) {
                logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2026, 3, 1, 18, 0).plusDays(i)));
            }
        }
    }

    private void start() throws Exception {
        app = FxToolkit.setupApplication(OverloadApp.class, "--db=" + db());
    }

    private TableView<?> historyWithRows() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#history .table-view").tryQuery()
                .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false));
        return robot.lookup("#history .table-view").queryAs(TableView.class);
    }

    private List<Path> backups() throws IOException {
        Path dir = new Backups(db()).folder();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void opensTheLogbookShowsItsHistoryAndMakesTheDailyCopy() throws Exception {
        logbookOf(12);

        start();

        assertThat(historyWithRows().getItems()).isNotEmpty();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backups().stream()
                .anyMatch(f -> f.getFileName().toString().contains("-daily-")));
    }

    @Test
    void aDamagedLogbookIsOfferedItsNewestHealthyBackupAndComesBackFromIt() throws Exception {
        logbookOf(30);
        try (Logbook logbook = Logbook.open(db())) {
            new Backups(db()).backUp(logbook.database(), Backups.Kind.MANUAL,
                    Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));
        }
        try (RandomAccessFile raw = new RandomAccessFile(db().toFile(), "rw")) {
            raw.seek(raw.length() / 2);
            raw.write("overwritten by a faulty disk ".repeat(300).getBytes());
        }

        start();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restoreButton() != null);
        assertThat(robot.lookup("#problem .label").queryAll()).anyMatch(
                node -> ((Label) node).getText().equals("The logbook is damaged"));
        robot.clickOn(restoreButton());

        assertThat(historyWithRows().getItems()).isNotEmpty();
        try (Logbook restored = Logbook.open(db())) {
            assertThat(restored.sessions().count()).isEqualTo(30);
        }
        assertThat(backups()).anyMatch(f -> f.getFileName().toString().contains("-damaged-"));
    }

    @Test
    void anEmptyLogbookFileIsNeverSilentlyANewLogbookButOfferedItsBackup() throws Exception {
        logbookOf(30);
        try (Logbook logbook = Logbook.open(db())) {
            new Backups(db()).backUp(logbook.database(), Backups.Kind.MANUAL,
                    Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));
        }
        Files.write(db(), new byte[0]);

        start();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restoreButton() != null);
        assertThat(robot.lookup("#problem .label").queryAll()).anyMatch(
                node -> ((Label) node).getText().equals("The logbook file is empty"));
        assertThat(button("Start a new logbook in this file")).isNotNull();
        assertThat(Files.size(db())).isZero();
        snapshots("app-empty-file");

        robot.clickOn(restoreButton());

        assertThat(historyWithRows().getItems()).isNotEmpty();
        assertThat(backups()).anyMatch(f -> f.getFileName().toString().contains("-damaged-"));
    }

    @Test
    void anEmptyFileBecomesANewLogbookOnlyWhenTheUserSaysSo() throws Exception {
        Files.createFile(db());

        start();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> button("Start a new logbook in this file") != null);
        assertThat(restoreButton()).isNull();
        assertThat(Files.size(db())).isZero();

        robot.clickOn(button("Start a new logbook in this file"));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
        try (Logbook opened = Logbook.openToRead(db())) {
            assertThat(opened.exercises().all()).isNotEmpty();
        }
    }

    @Test
    void indexDamageTheQuickCheckMissesIsFoundByTheDailyCopyAndTheHealthyBackupOffered() throws Exception {
        logbookOf(30);
        try (Logbook logbook = Logbook.open(db())) {
            new Backups(db()).backUp(logbook.database(), Backups.Kind.DAILY,
                    Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(-2)));
        }
        // An index the opening does not read, so only the daily copy's full check finds the damage.
        LogbookFiles.damageAnIndex(db(), "entry_by_exercise");

        start();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> restoreButton() != null);
        assertThat(robot.lookup("#problem .label").queryAll()).anyMatch(
                node -> ((Label) node).getText().contains("the copy was not kept"));
        assertThat(backups()).hasSize(1);

        robot.clickOn(restoreButton());

        assertThat(historyWithRows().getItems()).isNotEmpty();
        assertThat(LogbookFiles.check(db(), "integrity_check")).isEqualTo("ok");
    }

    /**
     * The window as it is now, at the two sizes and in both themes, under target/snapshots/. The headless screen is
     * smaller than 1920×1080, so the window's content is laid out in a scene of that size off the screen.
     */
    private void snapshots(String name) {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        for (Theme theme : Theme.values()) {
            for (int[] size : new int[][] {{1024, 640}, {1920, 1080}}) {
                Parent[] root = new Parent[1];
                robot.interact(() -> {
                    theme.apply();
                    root[0] = stage.getScene().getRoot();
                    stage.getScene().setRoot(new Pane());
                    new Scene(root[0], size[0], size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                Snapshots.save(root[0], name + "-" + size[0] + "x" + size[1] + "-"
                        + theme.name().toLowerCase(Locale.ROOT) + ".png");
                robot.interact(() -> {
                    root[0].getScene().setRoot(new Pane());
                    stage.getScene().setRoot(root[0]);
                });
            }
        }
        robot.interact(Theme.LIGHT::apply);
    }

    private Button button(String label) {
        return robot.lookup("#problem .button").queryAll().stream().map(Button.class::cast)
                .filter(b -> b.getText().equals(label)).findFirst().orElse((Button) null);
    }

    private Button restoreButton() {
        return robot.lookup("#problem .button").queryAll().stream().map(Button.class::cast)
                .filter(b -> b.getText().startsWith("Restore the backup of")).findFirst().orElse((Button) null);
    }
}
