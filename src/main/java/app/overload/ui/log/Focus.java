package app.overload.ui.log;

import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Moves the keyboard focus to a field that was just added to the scene. A node that has not been through a layout
 * pass yet may refuse the focus, so the request is repeated on the next few turns of the UI thread until it holds;
 * the next keys the user types must land there.
 */
final class Focus {

    private static final int TRIES = 5;

    private Focus() {
    }

    static void soon(Node node) {
        attempt(node, TRIES);
    }

    private static void attempt(Node node, int triesLeft) {
        Platform.runLater(() -> {
            if (node.getScene() == null) {
                return;
            }
            node.requestFocus();
            if (!node.isFocused() && triesLeft > 1) {
                attempt(node, triesLeft - 1);
            }
        });
    }
}
