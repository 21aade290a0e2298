package app.overload.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sidebar's "Text" menu: the text sizes, with their shortcuts, and the sheet of all shortcuts. */
final class TextSizeMenu extends MenuButton {

    TextSizeMenu(ObjectProperty<TextSize> textSize, Runnable showShortcuts) {
        setId("text-size");
        setMaxWidth(Double.MAX_VALUE);
        getStyleClass().add(Styles.FLAT);
        setGraphic(new FontIcon(Feather.TYPE));
        textProperty().bind(textSize.map(s -> "Text " + s.label()));
        setTooltip(new Tooltip("Text size (" + Shortcut.TEXT_BIGGER.keysText() + " larger, "
                + Shortcut.TEXT_SMALLER.keysText() + " smaller) and the keyboard shortcuts ("
                + Shortcut.SHORTCUTS.keysText() + ")"));
        ToggleGroup sizes = new ToggleGroup();
        for (TextSize size : TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem(size.label());
            item.setId("text-size-" + size.percent());
            item.setUserData(size);
            item.setToggleGroup(sizes);
            item.setSelected(size == textSize.get());
            item.setOnAction(e -> textSize.set(size));
            getItems().add(item);
        }
        textSize.addListener((obs, old, now) -> sizes.getToggles().forEach(t -> t.setSelected(t.getUserData()
                == now)));
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts…", new FontIcon(Feather.COMMAND));
        shortcuts.setId("show-shortcuts");
        shortcuts.setAccelerator(Shortcut.SHORTCUTS.keys().get(0));
        shortcuts.setOnAction(e -> showShortcuts.run());
        getItems().addAll(new SeparatorMenuItem(), shortcuts);
    }
}
