package app.overload.ui;

import java.util.List;
import java.util.stream.Collectors;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A toolbar's rarely used buttons (Archive…, Delete…) move into a "More" menu when the row is too narrow for all
 * its controls at their full width, and come back when there is room; the buttons that matter most stay in sight.
 * The menu's items press the buttons, so each action is written once.
 */
public final class OverflowMenu extends MenuButton {

    private final HBox row;
    private final List<Button> rarelyUsed;

    private OverflowMenu(HBox row, List<Button> rarelyUsed) {
        super("More", new FontIcon(Feather.MORE_HORIZONTAL));
        this.row = row;
        this.rarelyUsed = rarelyUsed;
        getStyleClass().add("overflow-menu");
        setMinWidth(Region.USE_PREF_SIZE);
        setTooltip(new Tooltip("More: " + rarelyUsed.stream().map(Button::getText)
                .collect(Collectors.joining(", "))));
        for (Button button : rarelyUsed) {
            MenuItem item = new MenuItem(button.getText());
            item.setId(button.getId() == null ? null : button.getId() + "-item");
            item.disableProperty().bind(button.disableProperty());
            item.setOnAction(e -> button.fire());
            if (button.getStyleClass().contains(Styles.DANGER)) {
                item.getStyleClass().add(Styles.DANGER);
            }
            getItems().add(item);
        }
    }

    /** Adds the menu at the end of {@code row}, shown instead of {@code rarelyUsed} while the row is too narrow. */
    public static OverflowMenu install(HBox row, Button... rarelyUsed) {
        OverflowMenu menu = new OverflowMenu(row, List.of(rarelyUsed));
        row.getChildren().add(menu);
        InvalidationListener fit = o -> menu.fit();
        row.widthProperty().addListener(fit);
        for (Node child : row.getChildren()) {
            if (child instanceof Region region) {
                region.widthProperty().addListener(fit);
            }
        }
        menu.fit();
        return menu;
    }

    /** Whether the buttons are in the menu now. */
    public boolean collapsed() {
        return isVisible();
    }

    private void fit() {
        if (row.getWidth() <= 0) {
            return;
        }
        double need = row.getInsets().getLeft() + row.getInsets().getRight();
        int shown = 0;
        for (Node child : row.getChildren()) {
            if (child != this && (child.isManaged() || rarelyUsed.contains(child))) {
                need += child.prefWidth(-1);
                shown++;
            }
        }
        need += row.getSpacing() * Math.max(0, shown - 1);
        boolean narrow = row.getWidth() < need;
        setVisible(narrow);
        setManaged(narrow);
        for (Button button : rarelyUsed) {
            button.setVisible(!narrow);
            button.setManaged(!narrow);
        }
    }
}
