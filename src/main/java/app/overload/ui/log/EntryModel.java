package app.overload.ui.log;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Prescription;
import app.overload.domain.UnitPreferences;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One entry of the session being logged: an exercise with sets, an endurance effort, or a timed activity. */
public abstract sealed class EntryModel permits StrengthModel, EnduranceModel, TimedModel {

    private final ReadOnlyStringWrapper lastTime = new ReadOnlyStringWrapper(this, "lastTime", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    /** The prescription {@link #targetProperty()} describes, or null: what the entry's sets can be filled from. */
    private Prescription prescribed;
    /** Free notes of the entry; kept so editing a session does not drop them, not shown in the form. */
    private String notes = "";

    /** What was done the last time, in the user's units; empty when this is the first time. */
    public ReadOnlyStringProperty lastTimeProperty() {
        return lastTime.getReadOnlyProperty();
    }

    /**
     * This week's target from a block's plan ("5×5 @ 102.5 kg"), shown beside last time; empty when no plan of the
     * week asks for this entry. {@link WeekTargets} keeps it up to date.
     */
    public StringProperty targetProperty() {
        return target;
    }

    Prescription prescribed() {
        return prescribed;
    }

    void prescribed(Prescription rx) {
        prescribed = rx;
    }

    void setLastTime(String text) {
        lastTime.set(text == null ? "" : text);
    }

    String notes() {
        return notes;
    }

    void setNotes(String value) {
        notes = value == null ? "" : value;
    }

    /** The entry as a domain value, or null with messages at the fields that are not valid. */
    abstract ActivityEntry build(Validation v, UnitPreferences units);

    /** Writes the form state of this entry into a draft, under keys starting with {@code prefix}. */
    abstract void write(DraftText.Writer out, String prefix);

    abstract void convertUnits(UnitPreferences from, UnitPreferences to);
}
