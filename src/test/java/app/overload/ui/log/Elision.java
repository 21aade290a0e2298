package app.overload.ui.log;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds labels, buttons and check boxes in sight whose text the skin had to cut short ("Fail…"). */
public final class Elision {

    private Elision() {
    }

    /** "Failed → Fai…" for every elided {@link Labeled} shown under {@code root}. */
    public static List<String> under(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = shownText(labeled);
            if (shown != null && !shown.equals(labeled.getText()) && !labeled.isWrapText()) {
                found.add(labeled.getText() + " → " + shown);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /** The text the skin draws: its Text node's text, or null before the skin made one. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }
}
