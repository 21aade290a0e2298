package app.overload.ui.log;

import app.overload.domain.SetKind;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One set as a row: number, kind, reps, load, RPE, rest, failed, done. Enter anywhere in the row adds the next set
 * as a copy of this one; Ctrl+Delete removes the row.
 */
final class SetRow extends VBox {

    static final double NUMBER = 28;
    static final double KIND = 112;
    static final double REPS = 58;
    static final double LOAD = 76;
    static final double RPE = 52;
    static final double REST = 64;

    private final SetModel set;
    private final Label number = new Label();
    private final TextField reps;

    SetRow(StrengthModel entry, SetModel set, ObservableBooleanValue showAll, Runnable focusNext) {
        this.set = set;
        getStyleClass().add("set-row");
        number.setMinWidth(NUMBER);
        number.getStyleClass().add("set-number");

        ComboBox<SetKind> kind = new ComboBox<>();
        kind.getItems().setAll(SetKind.values());
        kind.valueProperty().bindBidirectional(set.kindProperty());
        kind.setButtonCell(kindCell());
        kind.setCellFactory(list -> kindCell());
        kind.setPrefWidth(KIND);
        kind.setMinWidth(KIND);
        kind.getStyleClass().addAll(Styles.SMALL, "set-kind");
        kind.setTooltip(new Tooltip("Set kind: warm-ups do not count as work. Alt+Down opens the list."));

        reps = FormFields.text(set.reps(), null, REPS, showAll);
        reps.getStyleClass().add("reps");
        TextField load = FormFields.text(set.load(), null, LOAD, showAll);
        load.getStyleClass().add("load");
        TextField rpe = FormFields.text(set.rpe(), null, RPE, showAll);
        rpe.getStyleClass().add("rpe");
        TextField rest = FormFields.text(set.rest(), null, REST, showAll);
        rest.getStyleClass().add("rest");
        rest.setTooltip(new Tooltip("Rest before this set: filled in when you tick sets done; 90 is seconds, 2:30 "
                + "minutes."));
        reps.setTooltip(new Tooltip("Reps done. Enter adds the next set as a copy of this one."));
        for (TextField f : new TextField[] {reps, load, rpe, rest}) {
            f.getStyleClass().add(Styles.SMALL);
        }

        CheckBox failed = new CheckBox("Failed");
        failed.selectedProperty().bindBidirectional(set.failedProperty());
        failed.setTooltip(new Tooltip("Missed reps: the set ended short of what you aimed for (0 reps allowed)."));
        failed.getStyleClass().add("failed");
        CheckBox done = new CheckBox("Done");
        done.selectedProperty().bindBidirectional(set.doneProperty());
        done.setTooltip(new Tooltip("Tick when the set is done (Space): the rest timer starts and the rest taken "
                + "is written into the next set."));
        done.getStyleClass().add("done");

        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip("Remove this set (Ctrl+Delete)"));
        remove.setOnAction(e -> entry.removeSet(set));

        HBox fields = new HBox(6, number, kind, reps, load, rpe, rest, failed, done, remove);
        fields.setAlignment(Pos.CENTER_LEFT);
        VBox messages = new VBox(FormFields.message(set.reps(), showAll), FormFields.message(set.load(), showAll),
                FormFields.message(set.rpe(), showAll), FormFields.message(set.rest(), showAll));
        messages.setPadding(new Insets(0, 0, 0, NUMBER + KIND + 12));
        getChildren().addAll(fields, messages);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isControlDown() && !e.isShiftDown() && !e.isAltDown() && !e.isMetaDown();
            if (e.getCode() == KeyCode.ENTER && plain && e.getTarget() instanceof TextField) {
                entry.addSetAfter(set);
                focusNext.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && e.isShortcutDown()) {
                entry.removeSet(set);
                e.consume();
            }
        });
    }

    private static ListCell<SetKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SetKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }

    SetModel set() {
        return set;
    }

    void number(int n) {
        number.setText(Integer.toString(n));
    }

    void focusReps() {
        Focus.soon(reps);
    }

    /** The column captions over the rows, aligned with them. */
    static HBox captions(String loadUnit) {
        HBox box = new HBox(6, caption("#", NUMBER), caption("Kind", KIND), caption("Reps", REPS),
                caption("Load " + loadUnit, LOAD), caption("RPE", RPE), caption("Rest", REST));
        box.getStyleClass().add("set-captions");
        return box;
    }

    private static Label caption(String text, double width) {
        Label label = new Label(text);
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.getStyleClass().add("field-caption");
        return label;
    }
}
