package app.overload.ui.plates;

import java.util.function.Consumer;

import app.overload.domain.MassUnit;
import app.overload.domain.Plates;
import app.overload.ui.Dialogs;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Units → Bar and plates…: the bar and plate sizes the log form's plate calculator and warm-ups load with. */
public final class PlatesDialog {

    static final ButtonType SAVE = new ButtonType("Save", ButtonData.OK_DONE);

    private PlatesDialog() {
    }

    public static DialogPane open(Window owner, PlatesViewModel model, Consumer<Plates> saved) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle("Bar and plates");
        DialogPane pane = dialog.getDialogPane();
        pane.setId("plates-dialog");

        ToggleGroup units = new ToggleGroup();
        ToggleButton kg = unitButton("Kilograms", MassUnit.KG, units, Styles.LEFT_PILL, model);
        ToggleButton lb = unitButton("Pounds", MassUnit.LB, units, Styles.RIGHT_PILL, model);
        Runnable showUnit = () -> units.selectToggle(model.unitProperty().get() == MassUnit.KG ? kg : lb);
        model.unitProperty().addListener((obs, old, now) -> showUnit.run());
        showUnit.run();

        TextField bar = field(model.bar().textProperty(), "plates-bar", 80);
        TextField sizes = field(model.sizes().textProperty(), "plates-sizes", 280);
        sizes.setPromptText("25 20 15 10 5 2.5 1.25");
        Button standard = new Button("Use the usual set");
        standard.setId("plates-standard");
        standard.setOnAction(e -> model.useStandard());

        Label example = new Label();
        example.setId("plates-example");
        example.getStyleClass().add(UiStyles.MUTED);
        example.setWrapText(true);
        example.textProperty().bind(model.exampleProperty());
        Label problem = new Label();
        problem.setId("plates-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label explain = new Label("The plate calculator beside every barbell load, and the warm-ups it offers, load "
                + "your bar with these plates, a pair at a time.");
        explain.setWrapText(true);

        VBox content = new VBox(12, explain,
                labelled("Plates marked in", new HBox(kg, lb)),
                new HBox(14, labelled("Bar", bar), labelled("Plate sizes, heaviest first", sizes)),
                standard, example, problem);
        content.setPadding(new Insets(6, 4, 4, 4));
        content.setPrefWidth(480);
        pane.setContent(content);
        pane.getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        Button save = (Button) pane.lookupButton(SAVE);
        save.setId("plates-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            Plates plates = model.build();
            if (plates == null) {
                e.consume();
            } else {
                saved.accept(plates);
            }
        });
        dialog.setOnShown(e -> bar.requestFocus());
        Dialogs.fitOwner(dialog);
        dialog.show();
        return pane;
    }

    private static ToggleButton unitButton(String text, MassUnit unit, ToggleGroup group, String pill,
            PlatesViewModel model) {
        ToggleButton button = new ToggleButton(text);
        button.setId("plates-" + unit.symbol());
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        button.setOnAction(e -> {
            model.unitProperty().set(unit);
            button.setSelected(true);
        });
        return button;
    }

    private static TextField field(StringProperty text, String id, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        field.setPrefWidth(width);
        return field;
    }

    private static VBox labelled(String caption, Node node) {
        Label label = new Label(caption);
        label.getStyleClass().add(UiStyles.MUTED);
        return new VBox(4, label, node);
    }
}
