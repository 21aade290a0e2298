package app.overload.ui.log;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the field with the keyboard focus in sight: a set added below the visible part of the form, or the next set
 * after Ctrl+Enter, scrolls into view instead of taking typing where the lifter cannot see it.
 */
final class ScrollTo {

    /** Space kept above and below the focused field, so its row's messages and neighbours show too. */
    private static final double MARGIN = 24;

    private ScrollTo() {
    }

    /** Follows the focus while it is on a node under {@code within}, a part of the scroll pane's content. */
    static void followFocus(ScrollPane scroll, Node within) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> {
                    if (now != null && inside(now, within)) {
                        // The new row is laid out on the next pulse; its place is known only after it.
                        Platform.runLater(() -> show(scroll, now));
                    }
                });
            }
        });
    }

    private static boolean inside(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the least that brings {@code node} (with a margin) into the viewport. */
    static void show(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node.getScene() == null || !inside(node, content)) {
            return;
        }
        scroll.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0 || inContent == null) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        double wantTop = top;
        if (inContent.getMinY() - MARGIN < top) {
            wantTop = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > top + viewport) {
            wantTop = inContent.getMaxY() + MARGIN - viewport;
        }
        wantTop = Math.max(0, Math.min(scrollable, wantTop));
        if (wantTop != top) {
            scroll.setVvalue(wantTop / scrollable);
        }
    }
}
