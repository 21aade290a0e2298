package app.overload.ui.log;

import java.util.List;

import app.overload.domain.Exercise;
import app.overload.domain.Session;
import app.overload.notation.Reading;

/**
 * How a session typed in the quick-entry box reaches the log form: previewed while typed (only into a form that holds
 * nothing the user typed), filled on Enter, saved on Ctrl+S.
 */
final class QuickEntryHost implements QuickEntryViewModel.Host {

    private final LogViewModel form;
    /** True while the form shows the box's preview and nothing else. */
    private boolean previewing;

    QuickEntryHost(LogViewModel form) {
        this.form = form;
    }

    @Override
    public void preview(Reading.Understood reading) {
        // A saved session opened to edit is not replaced by a preview; Enter still may, as nothing would be lost.
        if (!form.dirtyProperty().get() && !form.busyProperty().get() && !form.form().editing()) {
            form.showTyped(reading, false, () -> { });
            previewing = true;
        }
    }

    @Override
    public void previewCleared() {
        if (previewing && !form.dirtyProperty().get()) {
            form.newSession();
        }
        previewing = false;
    }

    @Override
    public boolean fill(Reading.Understood reading) {
        previewing = false;
        boolean now = !form.dirtyProperty().get();
        form.showTyped(reading, true, () -> { });
        return now;
    }

    @Override
    public boolean fillAndSave(Reading.Understood reading) {
        previewing = false;
        boolean now = !form.dirtyProperty().get();
        form.showTyped(reading, true, form::save);
        return now;
    }

    @Override
    public void saved(List<Session> sessions) {
        previewing = false;
        form.savedElsewhere(sessions);
    }

    @Override
    public void exerciseAdded(Exercise exercise) {
        form.exerciseAdded(exercise);
    }

    @Override
    public void say(String message) {
        form.say(message);
    }
}
