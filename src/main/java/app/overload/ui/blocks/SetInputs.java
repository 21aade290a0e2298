package app.overload.ui.blocks;

import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.ui.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One prescribed set in the prescription editor: reps, kind and load; an RPE cap it had is kept. */
public final class SetInputs {

    private final Field reps = new Field();
    private final Field load = new Field();
    private final ObjectProperty<SetKind> kind = new SimpleObjectProperty<>(this, "kind", SetKind.WORKING);
    private Rpe rpeCap;

    public Field reps() {
        return reps;
    }

    /** A load in the user's unit, a percentage of the training max, or an RPE: the prescription says which. */
    public Field load() {
        return load;
    }

    public ObjectProperty<SetKind> kindProperty() {
        return kind;
    }

    Rpe rpeCap() {
        return rpeCap;
    }

    void setRpeCap(Rpe cap) {
        rpeCap = cap;
    }
}
