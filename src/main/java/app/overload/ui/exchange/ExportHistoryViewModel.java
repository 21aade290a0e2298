package app.overload.ui.exchange;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.LocalDate;

import app.overload.domain.UnitPreferences;
import app.overload.exchange.export.ExportException;
import app.overload.store.Logbook;
import app.overload.store.StoreException;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.ExportHistory;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Export history…: the kind of file, an optional date range, and the export itself off the FX thread, with its
 * progress and where the file went (or why it did not).
 */
public final class ExportHistoryViewModel {

    private static final Logger LOG = System.getLogger(ExportHistoryViewModel.class.getName());

    /** Where the export stands. */
    public enum State {
        READY, EXPORTING, DONE, FAILED
    }

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final ObjectProperty<UnitPreferences> units;
    private final ObjectProperty<ExportHistory.Format> format = new SimpleObjectProperty<>(ExportHistory.Format.CSV);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.READY);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    public ExportHistoryViewModel(Logbook logbook, TaskExecutor executor, ObjectProperty<UnitPreferences> units) {
        this.logbook = logbook;
        this.executor = executor;
        this.units = units;
        from.addListener((obs, old, now) -> checkRange());
        to.addListener((obs, old, now) -> checkRange());
    }

    private void checkRange() {
        if (state.get() == State.EXPORTING) {
            return;
        }
        boolean backwards = backwards();
        outcome.set(backwards ? "The first day is after the last day." : "");
        state.set(backwards ? State.FAILED : State.READY);
    }

    /** Whether Export… can be pressed: a sensible range and no export running. */
    public boolean canExport() {
        return state.get() != State.EXPORTING && !backwards();
    }

    private boolean backwards() {
        return from.get() != null && to.get() != null && from.get().isAfter(to.get());
    }

    /** "overload-history-2026-11-23.csv", or the range's days when one is chosen. */
    public String suggestedFileName(LocalDate today) {
        String range = from.get() == null && to.get() == null ? today.toString()
                : (from.get() == null ? "start" : from.get().toString()) + "-to-"
                        + (to.get() == null ? "end" : to.get().toString());
        return "overload-history-" + range + "." + format.get().extension();
    }

    public void export(Path file) {
        if (!canExport()) {
            return;
        }
        ExportHistory.Format chosen = format.get();
        LocalDate first = from.get();
        LocalDate last = to.get();
        UnitPreferences shown = units.get();
        state.set(State.EXPORTING);
        progress.set(0);
        outcome.set("");
        executor.submit("Exporting history", work -> new ExportHistory(logbook).export(file, chosen, first, last,
                shown, fraction -> work.update(fraction, "Exporting history")), result -> {
                    progress.set(1);
                    outcome.set(result.describe());
                    state.set(State.DONE);
                }, this::failed);
    }

    private void failed(Throwable error) {
        boolean expected = error instanceof ExportException || error instanceof StoreException
                || error instanceof IllegalArgumentException;
        if (!expected) {
            LOG.log(Level.ERROR, "History export failed", error);
        }
        outcome.set("Nothing was exported: " + (expected ? error.getMessage()
                : "unexpected error (" + error + ")."));
        state.set(State.FAILED);
    }

    public ObjectProperty<ExportHistory.Format> formatProperty() {
        return format;
    }

    /** The first day, or null for the first session. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day (included), or null for the last session. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
