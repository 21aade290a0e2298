package app.overload.ui.exchange;

import java.nio.file.Path;
import java.util.function.Function;

import app.overload.ui.Dialogs;
import app.overload.ui.exchange.ExportBlockViewModel.State;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Export block… in a dialog: choose whether sessions go along, then Export… asks where to save and writes the
 * file in the background; the dialog stays open to say where it went.
 */
public final class ExportBlockDialog {

    static final ButtonType EXPORT = new ButtonType("Export…", ButtonData.OK_DONE);

    private final Dialog<Void> dialog = new Dialog<>();

    /** @param chooseFile asks where to save, given a suggested file name; null when the person cancels */
    public ExportBlockDialog(Window owner, ExportBlockViewModel model, Function<String, Path> chooseFile) {
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle("Export block");
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(new ExportBlockView(model));
        pane.getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        Button export = (Button) pane.lookupButton(EXPORT);
        export.setId("export-block-confirm");
        export.disableProperty().bind(model.stateProperty().isNotEqualTo(State.READY));
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Path file = chooseFile.apply(model.suggestedFileName());
            if (file != null) {
                model.export(file);
            }
        });
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        model.stateProperty().addListener((obs, old, now) -> {
            boolean finished = now == State.DONE || now == State.FAILED;
            export.setVisible(!finished);
            export.setManaged(!finished);
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
