package app.overload.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/**
 * Sizes in ems, so that widths chosen in code grow with the text size as the stylesheets' do. An em is the size of
 * the font a plain label of the view is given by the stylesheets.
 */
public final class Ems {

    private Ems() {
    }

    /** The size of one em in pixels, as {@code ruler} (a label without a size of its own) is styled. */
    public static DoubleBinding of(Labeled ruler) {
        return Bindings.createDoubleBinding(() -> ruler.getFont().getSize(), ruler.fontProperty());
    }

    /**
     * Fixes a field's width to {@code pxAtNormalText} at normal text (13 px), and as much larger as its font is:
     * a date field shows its whole date at every text size.
     */
    public static void fixWidth(TextInputControl field, double pxAtNormalText) {
        DoubleBinding width = Bindings.createDoubleBinding(() -> pxAtNormalText * field.getFont().getSize()
                / TextSize.BASE_PX, field.fontProperty());
        field.minWidthProperty().bind(width);
        field.prefWidthProperty().bind(width);
        field.maxWidthProperty().bind(width);
    }
}
