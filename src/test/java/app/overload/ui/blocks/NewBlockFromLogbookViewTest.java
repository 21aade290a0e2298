package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.Elided;
import app.overload.ui.Snapshots;
import app.overload.ui.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The New block form on a logbook with a recent 5×5 and a recent 5 km, as its dialog shows it: each level row says
 * where its values came from and the goal note says the goal moved, in kilograms and pounds, light and dark, at
 * 1024 × 640 and 1920 × 1080, none of those sentences cut short.
 */
@ExtendWith(ApplicationExtension.class)
class NewBlockFromLogbookViewTest {

    @TempDir
    Path folder;

    private Logbook logbook;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("levels.db"));
        NewBlockFromLogbookTest.logRecentSquatAndRun(logbook);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(Theme.LIGHT::apply);
        logbook.close();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Linear 5×5      | METRIC   | From your 5×5 @ 100 kg on Wed 11 Nov.
            Linear 5×5      | IMPERIAL | From your 5×5 @ 220.5 lb on Wed 11 Nov.
            5 km in 8 weeks | METRIC   | From your run of 5.0 km in 24:00 on Thu 19 Nov.
            5 km in 8 weeks | IMPERIAL | From your run of 3.1 mi in 24:00 on Thu 19 Nov.
            """)
    void theLevelSaysWhereItCameFromAndTheGoalThatItMoved(String template, String units, String source,
            FxRobot robot) {
        UnitPreferences shown = units.equals("METRIC") ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        for (int[] size : List.of(new int[] {1024, 640}, new int[] {1920, 1080})) {
            ScrollPane[] form = new ScrollPane[1];
            robot.interact(() -> {
                NewBlockViewModel model = new NewBlockViewModel(new BlockData(logbook),
                        new CurrentThreadTaskExecutor(), Clock.fixed(NewBlockViewModelTest.TODAY.atTime(9, 0)
                                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC), shown);
                model.open();
                NewBlockViewModelTest.choose(model, template);
                // As NewBlockDialog holds it: the view in a scroll pane with the section's style sheet, on the
                // theme's background as a dialog has it.
                form[0] = new ScrollPane(new NewBlockView(model));
                form[0].setFitToWidth(true);
                form[0].getStyleClass().add("dialog-scroll");
                StackPane pane = new StackPane(form[0]);
                pane.setStyle("-fx-background-color: -color-bg-default; -fx-padding: 12;");
                pane.getStylesheets().add(NewBlockDialog.class.getResource("blocks.css").toExternalForm());
                pane.getStyleClass().add("blocks-dialog");
                new Scene(pane, size[0], size[1]);
            });
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                robot.interact(() -> {
                    theme.apply();
                    form[0].getScene().getRoot().applyCss();
                    form[0].getScene().getRoot().layout();
                });
                WaitForAsyncUtils.waitForFxEvents();
                String name = "new-block-from-logbook-" + (template.startsWith("Linear") ? "5x5" : "5k") + "-"
                        + shown.mass().symbol() + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + size[0] + ".png";
                Snapshots.save(form[0].getScene().getRoot(), name);
                Label level = (Label) form[0].lookup("#level-source-0");
                Label note = (Label) form[0].lookup("#new-block-goal-note");
                assertThat(level.getText()).as(name).isEqualTo(source);
                assertThat(note.getText()).as(name).startsWith("The goal follows your current level: ");
                assertThat(level.isVisible() && note.isVisible()).as(name + ": both shown").isTrue();
                assertThat(Elided.under(level)).as(name + ": level source").isEmpty();
                assertThat(Elided.under(note)).as(name + ": goal note").isEmpty();
            }
        }
    }
}
