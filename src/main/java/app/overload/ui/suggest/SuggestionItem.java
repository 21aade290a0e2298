package app.overload.ui.suggest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.SessionId;
import app.overload.domain.UnitPreferences;
import app.overload.progression.Decision;
import app.overload.progression.Suggestion;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One suggestion as the panel shows it: what is planned and what is suggested in the user's units, the decision,
 * the reason and the days it read, and the number the user may type over before accepting.
 */
public final class SuggestionItem {

    /** How a decision is coloured: moving on, keeping, going lighter on purpose, or short of data. */
    public enum Tone {
        PROGRESS, HOLD, LIGHTER, MISSING
    }

    private final Suggestion suggestion;
    private final EditKind edit;
    private final UnitPreferences units;
    private final String prescribedText;
    private final String suggestedText;
    private final String basedOnText;
    private final String lockedReason;
    private final String initialEdit;
    private final StringProperty editText = new SimpleStringProperty(this, "editText", "");
    private final ReadOnlyStringWrapper editError = new ReadOnlyStringWrapper(this, "editError", "");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(this, "acceptable", false);
    private Suggestion effective;

    /**
     * @param lockedReason why this suggestion cannot be accepted (its day has passed, the block has ended), or empty
     */
    SuggestionItem(Suggestion suggestion, PrescriptionText text, Map<SessionId, LocalDate> cited,
            String lockedReason) {
        this.suggestion = suggestion;
        this.units = text.units();
        this.edit = lockedReason.isEmpty() ? EditKind.of(suggestion) : EditKind.NONE;
        this.lockedReason = lockedReason;
        this.prescribedText = text.describe(suggestion.prescribed());
        this.suggestedText = shortText(suggestion.prescribed(), suggestion.suggested(), text);
        List<LocalDate> days = suggestion.basedOn().stream().map(cited::get).filter(Objects::nonNull).toList();
        this.basedOnText = days.isEmpty() ? "" : "Based on " + PrescriptionText.dates(days);
        this.initialEdit = edit.text(suggestion.suggested(), units);
        editText.set(initialEdit);
        editText.addListener((obs, old, now) -> update());
        update();
    }

    /** The suggested prescription without the exercise's name when it stays the same exercise. */
    private static String shortText(Prescription before, Prescription after, PrescriptionText text) {
        if (after instanceof Prescription.Strength s && before instanceof Prescription.Strength b
                && s.exercise().equals(b.exercise())) {
            return text.sets(s);
        }
        if (after instanceof Prescription.Endurance e && before instanceof Prescription.Endurance b
                && e.modality() == b.modality()) {
            return text.endurance(e);
        }
        return text.describe(after);
    }

    private void update() {
        if (edit == EditKind.NONE || editText.get().strip().equals(initialEdit)) {
            effective = suggestion;
            editError.set("");
        } else {
            try {
                effective = suggestion.edited(edit.apply(suggestion.suggested(), editText.get(), units));
                editError.set("");
            } catch (InvalidValueException e) {
                effective = null;
                editError.set(e.getMessage());
            }
        }
        acceptable.set(lockedReason.isEmpty() && effective != null && effective.changesPlan());
    }

    /** The engine's suggestion as it came. */
    public Suggestion suggestion() {
        return suggestion;
    }

    /** What accepting stores: the suggestion with the typed value, or null while the typed value is not usable. */
    public Suggestion effective() {
        return effective;
    }

    public String prescribedText() {
        return prescribedText;
    }

    public String suggestedText() {
        return suggestedText;
    }

    public boolean changesPlan() {
        return suggestion.changesPlan();
    }

    public String decisionLabel() {
        return suggestion.decision().label();
    }

    public String decisionKey() {
        return suggestion.decision().key();
    }

    public Tone tone() {
        Decision d = suggestion.decision();
        if (d instanceof Decision.NotEnoughData) {
            return Tone.MISSING;
        }
        if (d instanceof Decision.Hold || d instanceof Decision.Start) {
            return Tone.HOLD;
        }
        if (d instanceof Decision.Deload || d instanceof Decision.ReduceLoad || d instanceof Decision.Taper
                || d instanceof Decision.RestartAfterBreak || d instanceof Decision.EasePace
                || d instanceof Decision.ShorterDistance || d instanceof Decision.ShorterDuration) {
            return Tone.LIGHTER;
        }
        return Tone.PROGRESS;
    }

    public String reason() {
        return suggestion.reason();
    }

    /** "Based on 3, 5 and 7 Nov", or empty when the suggestion read no session. */
    public String basedOnText() {
        return basedOnText;
    }

    /** Why accepting is not offered, or empty. */
    public String lockedReason() {
        return lockedReason;
    }

    /** True when the user may type over a number of this suggestion. */
    public boolean editable() {
        return edit != EditKind.NONE;
    }

    /** What the typed number is: "load", "pace", "distance" or "time", for labels and tooltips. */
    public String editWhat() {
        return edit == EditKind.DURATION ? "time" : edit.name().toLowerCase(Locale.ROOT);
    }

    public String editUnit() {
        return edit.unit(suggestion.suggested(), units);
    }

    /** The number to accept, starting as the engine's; the user may type over it. */
    public StringProperty editTextProperty() {
        return editText;
    }

    public ReadOnlyStringProperty editErrorProperty() {
        return editError.getReadOnlyProperty();
    }

    /** True when accepting would change the plan and is allowed. */
    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }
}
