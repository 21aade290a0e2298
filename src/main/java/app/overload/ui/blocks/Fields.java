package app.overload.ui.blocks;

import java.util.function.Function;

import app.overload.ui.Field;
import app.overload.ui.TextSize;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Controls bound to {@link Field}s: the text both ways, the hint as placeholder, the field red and its message under
 * it while it is not valid. A message about an empty field waits until the user tries to save.
 */
final class Fields {

    private Fields() {
    }

    static BooleanBinding showsError(Field input, ObservableBooleanValue showAll) {
        return Bindings.createBooleanBinding(() -> !input.error().isEmpty() && (!input.isBlank() || showAll.get()),
                input.errorProperty(), input.textProperty(), showAll);
    }

    static TextField text(Field input, String id, double width, ObservableBooleanValue showAll) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(input.textProperty());
        field.promptTextProperty().bind(input.hintProperty());
        field.setPrefColumnCount(1);
        // At least as wide as asked at normal text, and wider with larger text; a form may stretch it further.
        DoubleBinding least = Bindings.createDoubleBinding(() -> width * field.getFont().getSize()
                / TextSize.BASE_PX, field.fontProperty());
        field.minWidthProperty().bind(least);
        field.prefWidthProperty().bind(least);
        BooleanBinding bad = showsError(input, showAll);
        bad.addListener((obs, was, is) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, is));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, bad.get());
        field.getProperties().put("bad", bad); // the binding lives as long as the field
        return field;
    }

    /** The message under a field; takes no room while there is nothing to say. */
    static Label message(Field input, ObservableBooleanValue showAll) {
        Label label = new Label();
        label.getStyleClass().add("field-message");
        label.textProperty().bind(input.errorProperty());
        label.setWrapText(true);
        BooleanBinding bad = showsError(input, showAll);
        label.visibleProperty().bind(bad);
        label.managedProperty().bind(bad);
        return label;
    }

    /** A caption over a control. */
    static VBox labelled(String caption, Node control) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(control);
        return new VBox(3, label, control);
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(UiStyles.MUTED);
        label.setWrapText(true);
        return label;
    }

    static <T> void cells(ComboBox<T> box, Function<T, String> text, String empty) {
        box.setPromptText(empty);
        box.setCellFactory(list -> cell(text, empty));
        box.setButtonCell(cell(text, empty));
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String empty) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? empty : text.apply(item));
            }
        };
    }
}
