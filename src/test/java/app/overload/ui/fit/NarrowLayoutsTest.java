package app.overload.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import app.overload.domain.BlockStatus;
import app.overload.domain.TrainingBlock;
import app.overload.ui.Theme;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The layouts that change with the room: the sidebar keeps only its icons on a narrow window (each named with its
 * keys in its tooltip), its icons grow with the text, and a block's Archive and Delete fold into More when large text leaves no room for them,
 * and come back when there is.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowLayoutsTest {

    @TempDir
    Path folder;

    private FitFixture app;

    @Start
    void start(Stage stage) {
        app = new FitFixture(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void theSidebarKeepsItsIconsOnANarrowWindowAndItsNamesOnAWideOne(FxRobot robot) {
        app.openSample(robot, folder);
        ToggleButton history = robot.lookup("#nav-history").queryAs(ToggleButton.class);
        assertThat(history.getTooltip().getText()).isEqualTo("History (Alt+1)");

        ScreenFit.show(robot, app.stage, app.window, Screen.SMALL_LAPTOP, Theme.LIGHT);
        assertThat(history.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        assertThat(robot.lookup(".app-name").query().isVisible()).isFalse();

        ScreenFit.show(robot, app.stage, app.window, Screen.DESKTOP, Theme.LIGHT);
        assertThat(history.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
        assertThat(robot.lookup(".app-name").query().isVisible()).isTrue();

        // Larger text narrows it sooner: 1366 px holds the names at 100 %, not at 150 %.
        ScreenFit.show(robot, app.stage, app.window, Screen.LAPTOP, Theme.LIGHT);
        assertThat(history.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
        ScreenFit.show(robot, app.stage, app.window, Screen.LAPTOP_LARGE_TEXT, Theme.LIGHT);
        assertThat(history.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
    }

    @Test
    void theSidebarsIconsGrowWithTheText(FxRobot robot) {
        app.openSample(robot, folder);
        ScreenFit.show(robot, app.stage, app.window, Screen.SMALL_LAPTOP, Theme.LIGHT);
        int[] normal = iconSizes(robot);
        assertThat(normal).containsOnly(16);

        ScreenFit.show(robot, app.stage, app.window, Screen.SMALL_LAPTOP_TEXT200, Theme.LIGHT);
        assertThat(iconSizes(robot)).containsOnly(32);
        ScreenFit.snapshot(app.window, "fit-sidebar", Screen.SMALL_LAPTOP_TEXT200, Theme.LIGHT);
    }

    /** The size of every icon in the sidebar: the sections', and the logbook, units, text and theme buttons'. */
    private static int[] iconSizes(FxRobot robot) {
        return robot.lookup(".sidebar .ikonli-font-icon").queryAllAs(FontIcon.class).stream()
                .mapToInt(FontIcon::getIconSize).toArray();
    }

    @Test
    void aBlocksRareActionsFoldIntoMoreWhenTheRowIsShortOfRoom(FxRobot robot) {
        app.openSample(robot, folder);
        TrainingBlock linear = app.logbook.blocks().all().stream().filter(b -> b.name().startsWith("Linear 5×5")
                && b.status(FitFixture.TODAY) == BlockStatus.ACTIVE).findFirst().orElseThrow();
        ScreenFit.show(robot, app.stage, app.window, Screen.DESKTOP, Theme.LIGHT);
        robot.interact(() -> app.window.select("blocks"));
        ScreenFit.settle(robot);
        robot.clickOn("#block-" + linear.id());
        ScreenFit.settle(robot);
        MenuButton more = robot.lookup("#block-more").queryAs(MenuButton.class);
        assertThat(more.isVisible()).isFalse();
        assertThat(robot.lookup("#archive-block").query().isVisible()).isTrue();

        ScreenFit.show(robot, app.stage, app.window, Screen.SMALL_LAPTOP_TEXT200, Theme.LIGHT);
        ScreenFit.settle(robot);
        assertThat(more.isVisible()).isTrue();
        assertThat(robot.lookup("#archive-block").query().isVisible()).isFalse();
        assertThat(robot.lookup("#delete-block").query().isVisible()).isFalse();
        assertThat(more.getItems()).extracting(i -> i.getId()).containsExactly("archive-block-item",
                "delete-block-item");
        ScreenFit.snapshot(app.window, "fit-block-more", Screen.SMALL_LAPTOP_TEXT200, Theme.LIGHT);

        ScreenFit.show(robot, app.stage, app.window, Screen.DESKTOP, Theme.LIGHT);
        ScreenFit.settle(robot);
        assertThat(more.isVisible()).isFalse();
        assertThat(robot.lookup("#delete-block").query().isVisible()).isTrue();
    }
}
