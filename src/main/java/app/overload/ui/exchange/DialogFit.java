package app.overload.ui.exchange;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Sizing for the block dialogs, whose content is read in the background and arrives after they open. */
final class DialogFit {

    private DialogFit() {
    }

    /**
     * Sizes a showing dialog's window to its content; without this the window keeps the size of the empty dialog
     * and cuts the new content and the buttons off.
     */
    static void toContent(Dialog<?> dialog) {
        var scene = dialog.getDialogPane().getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window != null && window.isShowing()) {
            dialog.getDialogPane().applyCss();
            window.sizeToScene();
        }
    }
}
