package app.overload.ui.log;

import app.overload.ui.Ems;
import app.overload.ui.Field;
import app.overload.ui.TextSize;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Text fields bound to {@link Field}s: the text both ways, the hint as placeholder, and the field's message shown
 * in red under it. A message about an empty field waits until the user tries to save, so a new set is not red
 * before anything was typed.
 */
final class FormFields {

    /** The font size of AtlantaFX's small controls, in ems. */
    private static final double SMALL = 0.8;

    private FormFields() {
    }

    /** True when the field's message should be in sight. */
    static BooleanBinding showsError(Field model, ObservableBooleanValue showAll) {
        return Bindings.createBooleanBinding(() -> !model.error().isEmpty() && (!model.isBlank() || showAll.get()),
                model.errorProperty(), model.textProperty(), showAll);
    }

    /**
     * A field {@code width} pixels wide at normal text, for the set rows, whose fields are small and line up under
     * captions of the same widths ({@link #grows}); larger text widens them alike.
     */
    static TextField text(Field model, String id, double width, ObservableBooleanValue showAll) {
        TextField field = bound(model, id, showAll);
        DoubleBinding scaled = Bindings.createDoubleBinding(() -> width * field.getFont().getSize()
                / (TextSize.BASE_PX * (field.getStyleClass().contains(Styles.SMALL) ? SMALL : 1)),
                field.fontProperty());
        field.minWidthProperty().bind(scaled);
        field.prefWidthProperty().bind(scaled);
        field.maxWidthProperty().bind(scaled);
        return field;
    }

    /**
     * {@code width} pixels at normal text, growing with the text as the set rows' fields do; {@code ruler} is a
     * label of the row, {@code rulerEms} its font size in ems (0.9 for a caption).
     */
    static DoubleBinding grows(Labeled ruler, double width, double rulerEms) {
        return Ems.of(ruler).multiply(width / (TextSize.BASE_PX * rulerEms));
    }

    /** A field {@code width} pixels wide at normal text, wider with larger text, so what is typed stays in sight. */
    static TextField scaled(Field model, String id, double width, ObservableBooleanValue showAll) {
        TextField field = bound(model, id, showAll);
        Ems.fixWidth(field, width);
        return field;
    }

    private static TextField bound(Field model, String id, ObservableBooleanValue showAll) {
        TextField field = new TextField();
        if (id != null) {
            field.setId(id);
        }
        field.textProperty().bindBidirectional(model.textProperty());
        field.promptTextProperty().bind(model.hintProperty());
        field.setPrefColumnCount(1);
        BooleanBinding bad = showsError(model, showAll);
        bad.addListener((obs, was, is) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, is));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, bad.get());
        field.getProperties().put("bad", bad); // keeps the binding alive as long as the field
        return field;
    }

    /** The red line under a field (or a row of fields); takes no room while there is nothing to say. */
    static Label message(Field model, ObservableBooleanValue showAll) {
        Label label = new Label();
        label.getStyleClass().add("field-message");
        label.textProperty().bind(model.errorProperty());
        label.setWrapText(true);
        BooleanBinding bad = showsError(model, showAll);
        label.visibleProperty().bind(bad);
        label.managedProperty().bind(bad);
        return label;
    }

    /**
     * A caption over a field. Its message goes in a line under the whole row (see {@link #messages}), so a long
     * message does not widen the column and push the fields beside it.
     */
    static VBox labelled(String caption, TextField field) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(field);
        return new VBox(3, label, field);
    }

    /** The messages of a row of fields, one under the other, taking no room while all is well. */
    static VBox messages(ObservableBooleanValue showAll, Field... fields) {
        VBox box = new VBox(2);
        for (Field f : fields) {
            box.getChildren().add(message(f, showAll));
        }
        return box;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(UiStyles.MUTED);
        return label;
    }
}
