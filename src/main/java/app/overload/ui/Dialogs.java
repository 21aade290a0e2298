package app.overload.ui;

import java.util.Optional;

import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/** What every dialog of the app does on a small screen and for the keyboard. */
public final class Dialogs {

    /** Room left around a dialog that would otherwise be as large as its window. */
    private static final double MARGIN = 24;

    private Dialogs() {
    }

    /**
     * Keeps a dialog within its owner window, so its buttons stay on a small laptop's screen; its content scrolls
     * (put in a scroll pane here if it is not one) and should wrap to fit. Its buttons are each as wide as their own words: the button bar otherwise sizes
     * them all alike, measured before the stylesheets gave them the app's text size, which cuts "Create block"
     * short at 150 %. Call before it shows, once its buttons are there.
     */
    public static void fitOwner(Dialog<?> dialog) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            Node button = dialog.getDialogPane().lookupButton(type);
            if (button != null) {
                ButtonBar.setButtonUniformSize(button, false);
            }
        }
        DialogPane pane = dialog.getDialogPane();
        // Content that cannot scroll holds the dialog at its full height, taller than a short screen at large text.
        Node content = pane.getContent();
        if (content != null && !(content instanceof ScrollPane)) {
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
            pane.setContent(scroll);
        }
        Window owner = dialog.getOwner();
        if (owner == null || owner.getWidth() <= 0) {
            return;
        }
        pane.setMaxHeight(Math.max(320, owner.getHeight() - MARGIN));
        pane.setMaxWidth(Math.max(480, owner.getWidth() - MARGIN));
        // The window is sized as it opens, before the app's text size reaches it; sized again once it has, it takes
        // the room its larger text asks for (within the owner), centred on the owner as before.
        dialog.showingProperty().addListener((obs, was, is) -> {
            if (is) {
                Platform.runLater(() -> {
                    Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
                    if (window != null && window.isShowing()) {
                        window.sizeToScene();
                        window.setX(owner.getX() + Math.max(0, (owner.getWidth() - window.getWidth()) / 2));
                        window.setY(owner.getY() + Math.max(0, (owner.getHeight() - window.getHeight()) / 2));
                    }
                });
            }
        });
    }

    /**
     * Each time the dialog shows, its first field (the first control in its content that takes the focus) gets it,
     * so typing starts there at once; a dialog with nothing to fill in leaves the focus on its default button.
     */
    public static void focusFirstField(Dialog<?> dialog) {
        dialog.showingProperty().addListener((obs, was, is) -> {
            if (is) {
                // After the pass that gives the controls their skins, so fields inside a scroll pane are found.
                Platform.runLater(() -> firstField(dialog.getDialogPane().getContent()).ifPresent(Focus::soon));
            }
        });
    }

    /** The first control under {@code root}, in the order Tab walks, that is on show and takes the focus. */
    public static Optional<Node> firstField(Node root) {
        if (root == null || !root.isVisible() || root.isDisabled()) {
            return Optional.empty();
        }
        if (root instanceof ScrollPane scroll) {
            return firstField(scroll.getContent());
        }
        if (root.isFocusTraversable() && root instanceof Control) {
            return Optional.of(root);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstField(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Makes Cancel the button Enter presses, not {@code dangerous} (Restore, Delete): a dialog that replaces or
     * deletes something acts only on a deliberate choice. Esc closes it, as always, without acting.
     */
    public static void cancelByDefault(DialogPane pane, ButtonType dangerous) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button button) {
                boolean cancel = type.getButtonData() == ButtonData.CANCEL_CLOSE;
                button.setDefaultButton(cancel);
                button.setCancelButton(cancel);
            }
        }
        if (pane.lookupButton(dangerous) instanceof Button button) {
            button.setDefaultButton(false);
        }
    }
}
