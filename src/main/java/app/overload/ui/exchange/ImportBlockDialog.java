package app.overload.ui.exchange;

import app.overload.ui.Dialogs;
import app.overload.ui.exchange.ImportBlockViewModel.State;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The import preview in a dialog: Import writes (the dialog stays open to show the result), Cancel writes nothing.
 * After an import or a failure the only button left is Close.
 */
public final class ImportBlockDialog {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonData.OK_DONE);

    private final Dialog<Void> dialog = new Dialog<>();

    public ImportBlockDialog(Window owner, ImportBlockViewModel model) {
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle("Import block");
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        // The theme caps dialogs at 600 px; a diff with a choice on every row reads better a little wider.
        pane.getStyleClass().add("import-block-dialog");
        pane.getStylesheets().add(ImportBlockDialog.class.getResource("exchange.css").toExternalForm());
        pane.setContent(new ImportBlockView(model));
        pane.getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
        Button importButton = (Button) pane.lookupButton(IMPORT);
        importButton.setId("import-block-confirm");
        importButton.disableProperty().bind(model.canImport().not());
        // Importing happens in the background; the dialog stays open to show how it went.
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.importBlock();
        });
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        model.stateProperty().addListener((obs, old, now) -> {
            boolean finished = now == State.DONE || now == State.FAILED;
            importButton.setVisible(!finished);
            importButton.setManaged(!finished);
            cancel.setText(finished ? "Close" : "Cancel");
            DialogFit.toContent(dialog);
        });
    }

    public void show() {
        Dialogs.fitOwner(dialog);
        Dialogs.focusFirstField(dialog);
        dialog.show();
    }

    public DialogPane pane() {
        return dialog.getDialogPane();
    }
}
