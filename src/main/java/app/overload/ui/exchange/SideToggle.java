package app.overload.ui.exchange;

import java.util.function.Function;

import app.overload.exchange.ImportChoices.Side;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Two joined buttons that choose a side, the file's or mine, for one difference; one is always chosen. */
final class SideToggle extends HBox {

    private final ToggleButton file;
    private final ToggleButton mine;

    /**
     * @param idSuffix ends the buttons' ids, "take-file-…" and "keep-mine-…", so tests and shortcuts can find them
     * @param label    what each side means here ("Take the file's", "Keep mine", "Keep it"…)
     */
    SideToggle(ObjectProperty<Side> side, String idSuffix, Function<Side, String> label) {
        ToggleGroup group = new ToggleGroup();
        file = button(label.apply(Side.FILE), "take-file-" + idSuffix, group, Styles.LEFT_PILL);
        mine = button(label.apply(Side.MINE), "keep-mine-" + idSuffix, group, Styles.RIGHT_PILL);
        Runnable show = () -> group.selectToggle(side.get() == Side.MINE ? mine : file);
        side.addListener((obs, old, now) -> show.run());
        show.run();
        file.setOnAction(e -> side.set(Side.FILE));
        mine.setOnAction(e -> side.set(Side.MINE));
        // A button clicked twice would leave neither chosen; every difference has a side.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                show.run();
            }
        });
        getChildren().addAll(file, mine);
        setMinWidth(Region.USE_PREF_SIZE);
        getStyleClass().add("side-toggle");
    }

    private static ToggleButton button(String text, String id, ToggleGroup group, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.getStyleClass().addAll(pill, Styles.SMALL);
        button.setFocusTraversable(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
