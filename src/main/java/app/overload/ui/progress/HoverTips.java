package app.overload.ui.progress;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * One tooltip per chart, shown with the text of whatever is under the mouse. A Tooltip object per point would cost
 * hundreds of popups per chart for values only one of which is ever visible.
 */
final class HoverTips {

    private final Tooltip tooltip = new Tooltip();

    HoverTips() {
        tooltip.getStyleClass().add("chart-tooltip");
        tooltip.setWrapText(false);
    }

    /** Shows {@code text} while the mouse is over {@code node}. */
    void attach(Node node, String text) {
        node.setOnMouseEntered(e -> show(node, text, e.getScreenX(), e.getScreenY()));
        node.setOnMouseExited(e -> hide());
    }

    void show(Node owner, String text, double screenX, double screenY) {
        tooltip.setText(text);
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            tooltip.show(owner, screenX + 14, screenY + 16);
        }
    }

    void hide() {
        tooltip.hide();
    }

    /** The text shown last (for tests, which cannot see popups). */
    String text() {
        return tooltip.getText();
    }
}
