package app.overload.ui.blocks;

import java.time.LocalDate;

import app.overload.domain.BlockOutcome;
import app.overload.domain.Checks;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MeasurableGoal;
import app.overload.planning.GoalProgress;
import app.overload.planning.Outcomes;
import app.overload.ui.Field;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Archive…: the outcome is worked out from the logbook (goal met or not, and by how much) and offered for the
 * athlete to confirm or edit; a goal the logbook cannot measure takes the result they type.
 */
public final class ArchiveViewModel {

    private final BlockViewModel block;
    private final LocalDate today;
    private final BooleanProperty met = new SimpleBooleanProperty(this, "met", false);
    private final Field summary = new Field();
    private final Field result = new Field();
    private final BooleanProperty needsResult = new SimpleBooleanProperty(this, "needsResult", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");

    ArchiveViewModel(BlockViewModel block) {
        this.block = block;
        this.today = block.today();
        GoalProgress progress = block.progressProperty().get();
        target.set(block.goalText().target(progress.goal()) + " · " + block.goalText().line(progress));
        needsResult.set(progress.goal() instanceof MeasurableGoal);
        BlockOutcome proposed = Outcomes.propose(progress, today, block.goalText());
        met.set(proposed.goalMet());
        summary.set(proposed.summary());
        result.textProperty().addListener((obs, old, now) -> resultTyped());
    }

    /** A measurable goal's result, once typed, decides "met" and the sentence. */
    private void resultTyped() {
        if (!(block.progressProperty().get().goal() instanceof MeasurableGoal goal) || result.isBlank()) {
            result.setError("");
            return;
        }
        try {
            BlockOutcome outcome = Outcomes.measured(goal, Parse.number(result.value(), "result"), today);
            result.setError("");
            met.set(outcome.goalMet());
            summary.set(outcome.summary());
        } catch (InvalidValueException e) {
            result.setError(e.getMessage());
        }
    }

    public BooleanProperty metProperty() {
        return met;
    }

    public Field summary() {
        return summary;
    }

    public Field result() {
        return result;
    }

    public BooleanProperty needsResultProperty() {
        return needsResult;
    }

    /** The goal and the progress the proposal came from. */
    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Archives the block with the outcome as shown; {@code onDone} runs once it is saved. */
    public void archive(Runnable onDone) {
        String text;
        try {
            text = Checks.notes(summary.textProperty().get(), "outcome");
            summary.setError("");
        } catch (InvalidValueException e) {
            summary.setError(e.getMessage());
            return;
        }
        if (!result.error().isEmpty()) {
            message.set("Not archived: " + result.error());
            return;
        }
        block.archive(new BlockOutcome(today, met.get(), text), onDone, message::set);
    }
}
