package app.overload.ui.exchange;

import app.overload.exchange.BlockPreviewText.PlannedLine;
import app.overload.exchange.ImportChoices.Side;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One planned session a block file adds, removes or changes, with the side the person chose for it. */
public final class PlannedChoice {

    private final PlannedLine line;
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.FILE);

    PlannedChoice(PlannedLine line) {
        this.line = line;
    }

    public PlannedLine line() {
        return line;
    }

    /** The file's version (the default) or the one in the logbook. */
    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    /** What choosing each side means for this change, in a word or two. */
    public String label(Side which) {
        return switch (line.kind()) {
            case ADDED -> which == Side.FILE ? "Add it" : "Leave it out";
            case REMOVED -> which == Side.FILE ? "Remove it" : "Keep it";
            case CHANGED -> which == Side.FILE ? "Take the file's" : "Keep mine";
        };
    }
}
