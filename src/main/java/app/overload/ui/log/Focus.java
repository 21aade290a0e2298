package app.overload.ui.log;

import javafx.scene.Node;

/** The log form's name for {@link app.overload.ui.Focus}: its rows and cards move the focus with it. */
final class Focus {

    private Focus() {
    }

    static void soon(Node node) {
        app.overload.ui.Focus.soon(node);
    }
}
