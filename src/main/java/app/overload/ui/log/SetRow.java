package app.overload.ui.log;

import app.overload.domain.SetKind;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One set as a row: number, kind, reps, load, RPE, rest, then failed, done, remove and, for a barbell lift, the
 * plates per side. On a narrow window the second group goes to a line of its own under the first. Enter anywhere in
 * the row adds the next set as a copy of this one; Ctrl+Enter ticks it done and moves on; Ctrl+Delete removes it.
 */
final class SetRow extends VBox {

    static final double NUMBER = 28;
    static final double KIND = 112;
    static final double REPS = 50;
    static final double LOAD = 70;
    static final double RPE = 44;
    static final double REST = 56;
    static final double GAP = 6;

    private final SetModel set;
    private final Label number = new Label();
    private final TextField reps;

    /**
     * @param focusNext   after Enter: focus the copy just added
     * @param doneAndNext after Ctrl+Enter: focus the next set, or whatever comes after the last one
     */
    SetRow(StrengthModel entry, SetModel set, ObservableBooleanValue showAll, Runnable focusNext,
            Runnable doneAndNext) {
        this.set = set;
        getStyleClass().add("set-row");
        number.minWidthProperty().bind(FormFields.grows(number, NUMBER, 1));
        number.getStyleClass().add("set-number");

        ComboBox<SetKind> kind = new ComboBox<>();
        kind.getItems().setAll(SetKind.values());
        kind.valueProperty().bindBidirectional(set.kindProperty());
        kind.setButtonCell(kindCell());
        kind.setCellFactory(list -> kindCell());
        kind.prefWidthProperty().bind(FormFields.grows(number, KIND, 1));
        kind.minWidthProperty().bind(kind.prefWidthProperty());
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
        failed.setMinWidth(Region.USE_PREF_SIZE);
        failed.selectedProperty().bindBidirectional(set.failedProperty());
        failed.setTooltip(new Tooltip("Missed reps: the set ended short of what you aimed for (0 reps allowed)."));
        failed.getStyleClass().add("failed");
        CheckBox done = new CheckBox("Done");
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.selectedProperty().bindBidirectional(set.doneProperty());
        done.setTooltip(new Tooltip("Tick when the set is done (Space, or Ctrl+Enter from any field of the row, "
                + "which moves on to the next set): the rest timer starts and the rest taken is written into the next "
                + "set."));
        done.getStyleClass().add("done");

        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip("Remove this set (Ctrl+Delete)"));
        remove.setOnAction(e -> entry.removeSet(set));

        Label plates = new Label();
        plates.getStyleClass().add("plates");
        plates.textProperty().bind(set.platesProperty());
        plates.setMinWidth(Region.USE_PREF_SIZE);
        plates.visibleProperty().bind(set.platesProperty().isNotEmpty());
        plates.managedProperty().bind(plates.visibleProperty());
        plates.setTooltip(new Tooltip("Plates on each side of the bar for this load, from your bar and plates "
                + "(Units → Bar and plates…). In brackets: the load they make when this one cannot be made."));

        HBox values = new HBox(GAP, number, kind, reps, load, rpe, rest);
        values.setAlignment(Pos.CENTER_LEFT);
        // A flow, so a long plate list ("45 · 35 · 5 · 2.5 per side (220 lb)") goes under the ticks when the
        // window is too narrow for both, rather than widening the row past the form.
        FlowPane ticks = new FlowPane(Orientation.HORIZONTAL, GAP, 2, failed, done, remove, plates);
        ticks.setPrefWrapLength(10_000);
        ticks.setAlignment(Pos.CENTER_LEFT);
        ticks.setRowValignment(VPos.CENTER);
        WrapRow fields = new WrapRow(values, ticks, GAP, NUMBER + GAP, 2);
        fields.getStyleClass().add("set-fields");
        VBox messages = new VBox(FormFields.message(set.reps(), showAll), FormFields.message(set.load(), showAll),
                FormFields.message(set.rpe(), showAll), FormFields.message(set.rest(), showAll));
        messages.setPadding(new Insets(0, 0, 0, NUMBER + KIND + 12));
        getChildren().addAll(fields, messages);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isControlDown() && !e.isShiftDown() && !e.isAltDown() && !e.isMetaDown();
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                set.doneProperty().set(true);
                doneAndNext.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && plain && e.getTarget() instanceof TextField) {
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

    /** Where typing starts in this row: its reps. */
    Node repsField() {
        return reps;
    }

    /** The column captions over the rows, aligned with them. */
    static HBox captions(String loadUnit) {
        HBox box = new HBox(GAP, caption("#", NUMBER), caption("Kind", KIND), caption("Reps", REPS),
                caption("Load " + loadUnit, LOAD), caption("RPE", RPE), caption("Rest", REST));
        box.getStyleClass().add("set-captions");
        return box;
    }

    private static Label caption(String text, double width) {
        Label label = new Label(text);
        label.minWidthProperty().bind(FormFields.grows(label, width, 0.9));
        label.prefWidthProperty().bind(label.minWidthProperty());
        label.getStyleClass().add("field-caption");
        return label;
    }
}
