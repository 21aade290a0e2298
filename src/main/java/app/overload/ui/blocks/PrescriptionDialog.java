package app.overload.ui.blocks;

import java.util.Optional;
import java.util.function.Consumer;

import app.overload.domain.Prescription;
import app.overload.ui.Dialogs;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Adds or changes one prescription of a planned session; OK only closes once the prescription is valid. */
final class PrescriptionDialog {

    static final ButtonType DONE = new ButtonType("Done", ButtonData.OK_DONE);

    private PrescriptionDialog() {
    }

    /** @param existing the prescription to change, or null when {@code form} was started for a new one */
    static DialogPane open(Window owner, PrescriptionForm form, Prescription existing, Consumer<Prescription> done) {
        if (existing != null) {
            form.fill(existing);
        }
        Dialog<Prescription> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle(existing == null ? "Add a prescription" : "Change the prescription");
        DialogPane pane = dialog.getDialogPane();
        pane.setId("prescription-dialog");
        pane.getStylesheets().add(PrescriptionDialog.class.getResource("blocks.css").toExternalForm());
        pane.getStyleClass().add("blocks-dialog");
        pane.setContent(new PrescriptionView(form));
        pane.setPrefWidth(560);
        pane.getButtonTypes().setAll(DONE, ButtonType.CANCEL);
        pane.lookupButton(ButtonType.CANCEL).setId("rx-cancel");
        Button ok = (Button) pane.lookupButton(DONE);
        ok.setId("rx-done");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Prescription> built = form.build();
            if (built.isEmpty()) {
                e.consume();
                fit(dialog);
            }
        });
        dialog.setResultConverter(type -> type == DONE ? form.build().orElse(null) : null);
        // Hidden can be reported more than once; the prescription is handed over once.
        boolean[] handed = {false};
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null && !handed[0]) {
                handed[0] = true;
                done.accept(dialog.getResult());
            }
        });
        Dialogs.fitOwner(dialog);
        Dialogs.focusFirstField(dialog);
        dialog.show();
        return pane;
    }

    private static void fit(Dialog<?> dialog) {
        var scene = dialog.getDialogPane().getScene();
        if (scene != null && scene.getWindow() != null) {
            scene.getWindow().sizeToScene();
        }
    }
}
