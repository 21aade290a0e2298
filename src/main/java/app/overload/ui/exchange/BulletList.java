package app.overload.ui.exchange;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A list of sentences with bullets that follows an observable list; each sentence wraps instead of clipping. */
final class BulletList extends VBox {

    static final String STYLE = "bullet-list";

    BulletList(ObservableList<String> items) {
        super(4);
        getStyleClass().add(STYLE);
        items.addListener((ListChangeListener<String>) change -> rebuild(items));
        rebuild(items);
    }

    private void rebuild(ObservableList<String> items) {
        getChildren().clear();
        for (String item : items) {
            Label bullet = new Label("•");
            bullet.getStyleClass().add("bullet");
            bullet.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(item);
            text.setWrapText(true);
            // A wrapped label in a VBox is otherwise squeezed to one line and ends in "…".
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, bullet, text);
            row.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().add(row);
        }
    }
}
