package app.overload.ui.blocks;

import java.util.function.Consumer;

import app.overload.domain.TrainingBlock;
import app.overload.ui.Dialogs;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** New block… in a dialog: Create writes the block and closes; while anything is invalid it stays open and says why. */
public final class NewBlockDialog {

    static final ButtonType CREATE = new ButtonType("Create block", ButtonData.OK_DONE);

    private NewBlockDialog() {
    }

    public static DialogPane open(Window owner, NewBlockViewModel model, Consumer<TrainingBlock> created) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle("New block");
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("new-block-dialog");
        pane.getStylesheets().add(NewBlockDialog.class.getResource("blocks.css").toExternalForm());
        pane.getStyleClass().add("blocks-dialog");
        NewBlockView view = new NewBlockView(model);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(820);
        scroll.setPrefViewportHeight(580);
        pane.setPrefWidth(860);
        scroll.getStyleClass().add("dialog-scroll");
        pane.setContent(scroll);
        pane.getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        pane.lookupButton(ButtonType.CANCEL).setId("new-block-cancel");
        Button create = (Button) pane.lookupButton(CREATE);
        create.setId("create-block");
        create.disableProperty().bind(model.busyProperty());
        create.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.create(block -> {
                dialog.setResult(null);
                dialog.close();
                created.accept(block);
            });
        });
        Dialogs.fitOwner(dialog);
        Dialogs.focusFirstField(dialog);
        dialog.show();
        model.open();
        // The templates arrive after the dialog opened; size the window to what it now shows.
        pane.applyCss();
        if (pane.getScene() != null && pane.getScene().getWindow() != null) {
            pane.getScene().getWindow().sizeToScene();
        }
        return pane;
    }
}
