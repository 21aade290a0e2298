package app.overload.ui.blocks;

import app.overload.ui.Dialogs;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Archive…: the outcome worked out from the logbook, to confirm or edit; a measurable goal asks for the result. */
final class ArchiveDialog {

    static final ButtonType ARCHIVE = new ButtonType("Archive", ButtonData.OK_DONE);

    private ArchiveDialog() {
    }

    static DialogPane open(Window owner, ArchiveViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle("Archive the block");
        DialogPane pane = dialog.getDialogPane();
        pane.setId("archive-dialog");
        pane.getStylesheets().add(ArchiveDialog.class.getResource("blocks.css").toExternalForm());
        pane.getStyleClass().add("blocks-dialog");
        Label target = new Label();
        target.setWrapText(true);
        target.textProperty().bind(model.targetProperty());
        SimpleBooleanProperty showAll = new SimpleBooleanProperty(true);
        TextField result = Fields.text(model.result(), "archive-result", 120, showAll);
        result.promptTextProperty().unbind();
        result.setPromptText("your result");
        VBox resultBox = new VBox(3, Fields.labelled("Result", result), Fields.message(model.result(), showAll));
        resultBox.visibleProperty().bind(model.needsResultProperty());
        resultBox.managedProperty().bind(model.needsResultProperty());
        CheckBox met = new CheckBox("Goal met");
        met.setId("archive-met");
        met.selectedProperty().bindBidirectional(model.metProperty());
        TextArea summary = new TextArea();
        summary.setId("archive-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        summary.textProperty().bindBidirectional(model.summary().textProperty());
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox content = new VBox(10, target, resultBox, met, Fields.labelled("Outcome", summary),
                Fields.message(model.summary(), showAll), Fields.muted("An archived block keeps its plan and "
                        + "sessions; it moves to Archived in the list."), message);
        content.setPrefWidth(540);
        content.setPadding(new Insets(16, 16, 4, 16));
        pane.setContent(content);
        pane.getButtonTypes().setAll(ARCHIVE, ButtonType.CANCEL);
        Button archive = (Button) pane.lookupButton(ARCHIVE);
        archive.setId("archive-confirm");
        pane.lookupButton(ButtonType.CANCEL).setId("archive-cancel");
        archive.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.archive(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        });
        Dialogs.fitOwner(dialog);
        Dialogs.focusFirstField(dialog);
        dialog.show();
        return pane;
    }
}
