package app.overload.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;

import app.overload.ui.Dialogs;
import app.overload.ui.exchange.ExportHistoryViewModel.State;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Export history… in a dialog: choose the kind of file and the days, then Export… asks where to save and writes the
 * file in the background; the dialog stays open to say where it went.
 */
public final class ExportHistoryDialog {

    static final ButtonType EXPORT = new ButtonType("Export…", ButtonData.OK_DONE);

    private final Dialog<Void> dialog = new Dialog<>();

    /** @param chooseFile asks where to save, given a suggested file name; null when the person cancels */
    public ExportHistoryDialog(Window owner, ExportHistoryViewModel model, LocalDate today,
            Function<String, Path> chooseFile) {
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle("Export history");
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(new ExportHistoryView(model));
        pane.getButtonTypes().setAll(EXPORT, ButtonType.CLOSE);
        Button export = (Button) pane.lookupButton(EXPORT);
        export.setId("export-history-confirm");
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canExport(),
                model.stateProperty(), model.fromProperty(), model.toProperty()));
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Path file = chooseFile.apply(model.suggestedFileName(today));
            if (file != null) {
                model.export(file);
            }
        });
        model.stateProperty().addListener((obs, old, now) -> DialogFit.toContent(dialog));
        pane.lookupButton(ButtonType.CLOSE).disableProperty().bind(model.stateProperty().isEqualTo(State.EXPORTING));
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
