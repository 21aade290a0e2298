package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import app.overload.ui.AppServices;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The two panels that come from outside: the summary above the list and a block's Next week tab. */
@ExtendWith(ApplicationExtension.class)
class BlocksSectionHooksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("hooks.db");

    Logbook logbook;
    StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        stage.setScene(new Scene(root, 1200, 700));
        stage.show();
    }

    @Test
    void fillsTheSummaryAndTheNextWeekTabFromWhatTheSectionWasGiven(FxRobot robot) {
        logbook = temp.open();
        TrainingBlock block = new TrainingBlock(BlockId.random(), "Squat block", new StrengthGoal(
                ExerciseId.of("back-squat"), Mass.kilograms(100), 5), TODAY.minusDays(2), TODAY.plusDays(25), 4,
                List.of(), List.of(), List.of(), List.of(), List.of(), "", null);
        logbook.blocks().save(block);
        AppServices services = new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), logbook.settings().units());
        List<TrainingBlock> asked = new ArrayList<>();
        int[] summaries = {0};
        BlocksSection[] section = new BlocksSection[1];
        robot.interact(() -> {
            section[0] = new BlocksSection(services, b -> {
                asked.add(b);
                return new Label("Next week of " + b.name());
            }, () -> new Label("Summary " + (++summaries[0])));
            root.getChildren().setAll(section[0].view());
            section[0].shown();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#blocks-summary .label").queryAs(Label.class).getText()).startsWith("Summary ");
        int before = summaries[0];
        robot.interact(section[0]::shown);
        assertThat(summaries[0]).isGreaterThan(before);
        robot.clickOn("#block-" + block.id());
        assertThat(asked).isEmpty();
        robot.clickOn(robot.lookup(".tab-header-area .tab").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(asked).extracting(TrainingBlock::id).containsExactly(block.id());
        assertThat(robot.lookup("Next week of Squat block").tryQuery()).isPresent();
    }
}
