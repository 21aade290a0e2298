package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Session;
import app.overload.domain.UnitPreferences;
import app.overload.notation.Reading;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.usecase.LogSessions;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quick-entry box's behaviour without a window: what it says, what it hands the form, what it saves. */
class QuickEntryViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("log.db");

    Logbook logbook;
    QuickEntryViewModel model;
    final Recorder form = new Recorder();
    UnitPreferences units = UnitPreferences.METRIC;

    /** The form's side, recording what it was handed. */
    static final class Recorder implements QuickEntryViewModel.Host {
        final List<String> calls = new ArrayList<>();
        boolean asksFirst;

        @Override
        public void preview(Reading.Understood reading) {
            calls.add("preview " + reading.session().entries().size());
        }

        @Override
        public void previewCleared() {
            calls.add("cleared");
        }

        @Override
        public boolean fill(Reading.Understood reading) {
            calls.add("fill");
            return !asksFirst;
        }

        @Override
        public boolean fillAndSave(Reading.Understood reading) {
            calls.add("fill and save");
            return !asksFirst;
        }

        @Override
        public void saved(List<Session> sessions) {
            calls.add("saved " + sessions.size());
        }

        @Override
        public void exerciseAdded(Exercise exercise) {
            calls.add("added " + exercise.name());
        }

        @Override
        public void say(String message) {
            calls.add(message);
        }
    }

    @BeforeEach
    void open() {
        logbook = temp.open();
        Clock clock = Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        model = new QuickEntryViewModel(new LogSessions(logbook, clock), new CurrentThreadTaskExecutor(), clock,
                () -> units, new SimpleBooleanProperty(false), form);
        model.open();
    }

    @Test
    void saysWhatALineWasUnderstoodAsAndPreviewsIt() {
        model.textProperty().set("Back squat 5x5 @ 100 · run 5 km in 25:00");

        assertThat(model.understoodProperty().get()).isEqualTo("Workout · Mon 23 Nov, 20:00 · Back squat 5×5 @ 100 "
                + "kg · Run 5.0 km in 25:00, 5:00 /km");
        assertThat(model.problemProperty().get()).isNull();
        model.showPreview();
        assertThat(form.calls).containsExactly("preview 2");
    }

    @Test
    void aProblemGivesItsLineAndTheWordsAtFault() {
        model.textProperty().set("yoga 45 min\n\nBack squat 5x");

        assertThat(model.understoodProperty().get()).isEmpty();
        assertThat(model.problemProperty().get().message()).isEqualTo("`5x` — reps after the x, e.g. 5x5");
        assertThat(model.problemLineProperty().get()).isEqualTo("Back squat 5x");
        assertThat(model.problemFromProperty().get()).isEqualTo(11);
        assertThat(model.problemToProperty().get()).isEqualTo(13);
    }

    @Test
    void aSuggestionReplacesTheUnknownName() {
        model.textProperty().set("Bak squat 5x5 @ 100");
        assertThat(model.suggestions()).startsWith("Back squat");
        assertThat(model.unknownExerciseProperty().get()).isEqualTo("Bak squat");

        model.useSuggestion("Back squat");

        assertThat(model.textProperty().get()).isEqualTo("Back squat 5x5 @ 100");
        assertThat(model.problemProperty().get()).isNull();
    }

    @Test
    void aNewExerciseIsAddedOnlyAfterTheConfirmation() {
        model.textProperty().set("Zercher squat 5x5 @ 80");
        model.askToAdd();
        assertThat(model.confirmingNewProperty().get()).isTrue();
        assertThat(logbook.exercises().find(ExerciseId.of("zercher-squat"))).isEmpty();

        model.confirmAdd();

        assertThat(logbook.exercises().find(ExerciseId.of("zercher-squat"))).isPresent();
        assertThat(form.calls).contains("added Zercher squat");
        assertThat(model.understoodProperty().get()).endsWith("Zercher squat 5×5 @ 80 kg");
    }

    @Test
    void enterHandsTheSessionToTheFormAndEmptiesTheBoxUnlessTheFormAsksFirst() {
        model.textProperty().set("yoga 45 min");
        form.asksFirst = true;
        assertThat(model.accept()).isTrue();
        assertThat(model.textProperty().get()).isEqualTo("yoga 45 min");

        form.asksFirst = false;
        assertThat(model.accept()).isTrue();
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(form.calls).containsSubsequence("fill", "fill", "cleared");

        model.textProperty().set("yoga 45 min\nrun 30:00");
        assertThat(model.accept()).as("several sessions do not fit the form").isFalse();
    }

    @Test
    void ctrlSSavesSeveralSessionsTogetherOrSaysWhatStopsIt() {
        model.textProperty().set("yoga 45 min\nBack squat 5x");
        model.save();
        assertThat(form.calls).contains("Not saved: line 2: `5x` — reps after the x, e.g. 5x5");
        assertThat(logbook.sessions().count()).isZero();

        model.textProperty().set("yoga 45 min\nrun 30:00");
        assertThat(model.understoodProperty().get()).isEqualTo("2 sessions: Ctrl+S saves them all");
        model.save();

        assertThat(logbook.sessions().count()).isEqualTo(2);
        assertThat(form.calls).contains("saved 2");
        assertThat(model.textProperty().get()).isEmpty();
    }

    @Test
    void theCaretChoosesWhichSessionTheFormPreviews() {
        model.textProperty().set("yoga 45 min\nBack squat 5x5 @ 100 · Bench press 3x8 @ 60");
        model.caretAt(0);
        model.showPreview();
        model.caretAt(20);
        model.showPreview();

        assertThat(form.calls).containsExactly("preview 1", "preview 2");
    }

    @Test
    void theUsersUnitsAreReadAtEachKey() {
        units = UnitPreferences.IMPERIAL;
        model.textProperty().set("Back squat 5x5 @ 225");

        assertThat(model.understoodProperty().get()).endsWith("Back squat 5×5 @ 225 lb");
    }
}
