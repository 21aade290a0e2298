package app.overload.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Puts the keyboard focus on a field that has just been added to a scene, or shown, so the next keys the user types
 * land there. A request made in the same turn as a change of view does not always hold: a node not yet laid out
 * may be passed over, and on its next pulse the scene moves the focus off a node that left it (the view just
 * replaced) to the first control it finds. So the request is repeated after each of the next few pulses until the
 * field still has the focus once they are over.
 */
public final class Focus {

    /** Pulses to watch: a view is shown, laid out and tidied within them; short enough not to fight the user. */
    private static final int PULSES = 3;

    private Focus() {
    }

    public static void soon(Node node) {
        Platform.runLater(() -> attempt(node, PULSES));
    }

    private static void attempt(Node node, int pulsesLeft) {
        Scene scene = node.getScene();
        if (scene == null || pulsesLeft == 0) {
            return;
        }
        if (scene.getFocusOwner() != node) {
            node.requestFocus();
        }
        Runnable[] check = new Runnable[1];
        boolean[] fired = {false};
        check[0] = () -> {
            if (!fired[0]) {
                fired[0] = true;
                // Not removed while the scene runs its listeners: after them.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(check[0]);
                    attempt(node, pulsesLeft - 1);
                });
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }
}
