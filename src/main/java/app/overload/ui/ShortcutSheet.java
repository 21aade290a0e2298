package app.overload.ui;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The keyboard shortcuts (F1 or Ctrl+/), drawn from {@link Shortcut}: one group per place they work in. */
public final class ShortcutSheet {

    public static final String ID = "shortcut-sheet";

    private ShortcutSheet() {
    }

    /** The rows of one area: keys and what they do, the shortcuts first, then the keys controls handle. */
    static List<String[]> rows(Shortcut.Area area) {
        List<String[]> rows = new ArrayList<>();
        for (Shortcut s : Shortcut.values()) {
            if (s.area() == area) {
                rows.add(new String[] {s.allKeysText(), s.action()});
            }
        }
        for (Shortcut.FieldKey k : Shortcut.FIELD_KEYS) {
            if (k.area() == area) {
                rows.add(new String[] {k.keys(), k.action()});
            }
        }
        return rows;
    }

    public static Dialog<Void> open(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setResizable(true);
        VBox groups = new VBox(16);
        groups.setPadding(new Insets(4, 12, 4, 4));
        for (Shortcut.Area area : Shortcut.Area.values()) {
            Label title = new Label(area.title());
            title.getStyleClass().add(Styles.TITLE_4);
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(6);
            ColumnConstraints keys = new ColumnConstraints();
            keys.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints action = new ColumnConstraints();
            action.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(keys, action);
            int row = 0;
            for (String[] r : rows(area)) {
                Label k = new Label(r[0]);
                k.getStyleClass().add("keys");
                Label what = new Label(r[1]);
                what.setWrapText(true);
                grid.addRow(row++, k, what);
            }
            groups.getChildren().add(new VBox(6, title, grid));
        }
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.setPrefViewportHeight(520);
        scroll.getStyleClass().add("sheet-scroll");
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().getStyleClass().add("shortcut-sheet");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType("Close", ButtonData.CANCEL_CLOSE));
        Dialogs.fitOwner(dialog);
        dialog.show();
        // The list scrolls with the arrow keys at once; Esc or Enter closes.
        Focus.soon(scroll);
        return dialog;
    }
}
