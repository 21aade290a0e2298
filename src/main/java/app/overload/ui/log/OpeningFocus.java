package app.overload.ui.log;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The second placing of the focus when the log opens. The form is shown at once, with the focus where typing can
 * start on what it holds, while the catalogue, blocks and today's plan are read in the background; when the form has
 * been filled from them, the focus is placed again (on the first planned set). Not if the user pressed a key or a
 * mouse button in the window meanwhile: then the focus is where they put it, and stays there.
 */
final class OpeningFocus {

    private final Node view;
    private final ObservableBooleanValue opening;
    private final Runnable place;
    private final EventHandler<KeyEvent> onKey = e -> {
        // Ctrl or Shift held down for the next shortcut moves nothing yet.
        if (!e.getCode().isModifierKey()) {
            stopWaiting();
        }
    };
    private final EventHandler<MouseEvent> onMouse = e -> stopWaiting();
    /** The window's scene while the form is being filled and the user has not acted; null otherwise. */
    private Scene waitingIn;

    /**
     * @param opening true while the form reads what fills it; the view's placing runs in the turn it turns false
     * @param place   puts the focus where typing starts, at once
     */
    OpeningFocus(Node view, ObservableBooleanValue opening, Runnable place) {
        this.view = view;
        this.opening = opening;
        this.place = place;
        opening.addListener((obs, was, now) -> {
            if (!now) {
                opened();
            }
        });
    }

    /** After the focus has been placed for now: places it again once the form is filled, if it is still being read. */
    void placeAgainWhenOpened() {
        stopWaiting();
        Scene scene = view.getScene();
        if (opening.get() && scene != null) {
            waitingIn = scene;
            // On the scene, not the view: a click in the sidebar or a key typed there is the user's choice too.
            scene.addEventFilter(KeyEvent.KEY_PRESSED, onKey);
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, onMouse);
        }
    }

    private void opened() {
        boolean untouched = waitingIn != null && view.getScene() == waitingIn;
        stopWaiting();
        if (untouched) {
            place.run();
        }
    }

    private void stopWaiting() {
        if (waitingIn != null) {
            waitingIn.removeEventFilter(KeyEvent.KEY_PRESSED, onKey);
            waitingIn.removeEventFilter(MouseEvent.MOUSE_PRESSED, onMouse);
            waitingIn = null;
        }
    }
}
