package app.overload.ui.exchange;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Sizing for the block dialogs, whose content is read in the background and arrives after they open. */
final class DialogFit {

    private DialogFit() {
    }

    /**
     * Sizes a showing dialog's window to its content; without this the window keeps the size of the empty dialog
     * and cuts the new content and the buttons off. A window that grew past the bottom or the right of its screen
     * is moved back onto it, so its buttons can be reached.
     */
    static void toContent(Dialog<?> dialog) {
        var scene = dialog.getDialogPane().getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window != null && window.isShowing()) {
            dialog.getDialogPane().applyCss();
            window.sizeToScene();
            keepOnScreen(window);
        }
    }

    private static void keepOnScreen(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight());
        Rectangle2D room = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        if (window.getY() + window.getHeight() > room.getMaxY()) {
            window.setY(Math.max(room.getMinY(), room.getMaxY() - window.getHeight()));
        }
        if (window.getX() + window.getWidth() > room.getMaxX()) {
            window.setX(Math.max(room.getMinX(), room.getMaxX() - window.getWidth()));
        }
    }
}
