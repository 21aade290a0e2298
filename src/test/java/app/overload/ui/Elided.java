package app.overload.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds text the user cannot read in full: a {@link Labeled} whose skin shows less than its text ("Cale…", "New
 * s…"). The skin draws a labeled's text in a {@link Text} child of its own (JavaFX's LabeledText); when the text
 * does not fit, that child holds the shortened string, so the two differ. (An icon font's glyph is a Text too, but it
 * is the labeled's graphic.)
 */
public final class Elided {

    private Elided() {
    }

    /** Every labeled under {@code root} that is on show and shows a shortened text, described for a message. */
    public static List<String> under(Node root) {
        return under(root, l -> false);
    }

    /** The same, leaving out the labeled that {@code mayShorten} allows to be shortened. */
    public static List<String> under(Node root, Predicate<Labeled> mayShorten) {
        List<String> found = new ArrayList<>();
        visit(root, found, mayShorten);
        return found;
    }

    /** The text {@code labeled}'s skin shows, or null when it shows none (no skin yet, or no text). */
    public static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child != labeled.getGraphic() && text.isVisible()) {
                return text.getText();
            }
        }
        return null;
    }

    private static void visit(Node node, List<String> found, Predicate<Labeled> mayShorten) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            String text = labeled.getText();
            String shown = shown(labeled);
            if (text != null && !text.isEmpty() && shown != null && !shown.equals(text) && !mayShorten.test(labeled)) {
                found.add(describe(labeled, shown));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, found, mayShorten);
            }
        }
    }

    private static String describe(Labeled labeled, String shown) {
        StringBuilder where = new StringBuilder();
        for (Node n = labeled; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                where.append(" in #").append(n.getId());
                break;
            }
        }
        return labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\" shown as \"" + shown + "\""
                + " " + labeled.getStyleClass() + where + " (" + Math.round(labeled.getWidth()) + " px wide)";
    }
}
