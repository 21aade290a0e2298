package app.overload.ui.exchange;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

import app.overload.domain.BlockId;
import app.overload.exchange.BlockFileException;
import app.overload.exchange.BlockFormat;
import app.overload.store.Logbook;
import app.overload.store.StoreException;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.ExportBlock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Export block…: which block, whether its logged sessions go along, and the export itself off the FX thread. */
public final class ExportBlockViewModel {

    private static final Logger LOG = System.getLogger(ExportBlockViewModel.class.getName());

    /** Where the export stands. */
    public enum State {
        LOADING, READY, EXPORTING, DONE, FAILED
    }

    private final ExportBlock exportBlock;
    private final TaskExecutor executor;
    private final BlockId block;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ReadOnlyStringWrapper blockName = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper sessionCount = new ReadOnlyIntegerWrapper(0);
    private final BooleanProperty includeSessions = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper routineCount = new ReadOnlyIntegerWrapper(0);
    private final BooleanProperty includeRoutines = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    public ExportBlockViewModel(Logbook logbook, TaskExecutor executor, BlockId block) {
        this.exportBlock = new ExportBlock(logbook);
        this.executor = executor;
        this.block = block;
    }

    /** Looks the block up and counts its sessions, in the background. */
    public void load() {
        state.set(State.LOADING);
        executor.submit("Reading the block", progress -> exportBlock.candidate(block).map(
                c -> new Loaded(c.block().name(), c.sessions(), exportBlock.routines())).orElse(null), loaded -> {
            if (loaded == null) {
                outcome.set("The block is no longer in the logbook.");
                state.set(State.FAILED);
                return;
            }
            blockName.set(loaded.name());
            sessionCount.set(loaded.sessions());
            routineCount.set(loaded.routines());
            state.set(State.READY);
        }, this::failed);
    }

    private record Loaded(String name, int sessions, int routines) {
    }

    /** A file name for the save dialog: the block's name without characters file systems refuse. */
    public String suggestedFileName() {
        String name = blockName.get().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (name.isEmpty() ? "block" : name) + BlockFormat.FILE_EXTENSION;
    }

    public void export(Path file) {
        if (state.get() != State.READY && state.get() != State.DONE) {
            return;
        }
        boolean withSessions = includeSessions.get();
        boolean withRoutines = includeRoutines.get();
        state.set(State.EXPORTING);
        executor.submit("Exporting " + blockName.get(), progress -> exportBlock.export(block,
                withSessions, withRoutines, file), result -> {
                    outcome.set(result.describe());
                    state.set(State.DONE);
                }, this::failed);
    }

    private void failed(Throwable error) {
        boolean expected = error instanceof BlockFileException || error instanceof StoreException;
        if (!expected) {
            LOG.log(Level.ERROR, "Block export failed", error);
        }
        outcome.set("The block was not exported: " + (expected ? error.getMessage()
                : "unexpected error (" + error + ")."));
        state.set(State.FAILED);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty blockNameProperty() {
        return blockName.getReadOnlyProperty();
    }

    /** How many sessions are logged against the block. */
    public ReadOnlyIntegerProperty sessionCountProperty() {
        return sessionCount.getReadOnlyProperty();
    }

    /** Whether the logged sessions go into the file (the athlete sending results back); off by default. */
    public BooleanProperty includeSessionsProperty() {
        return includeSessions;
    }

    /** Where the file went, or why it did not. */
    /** How many routines the logbook has. */
    public ReadOnlyIntegerProperty routineCountProperty() {
        return routineCount.getReadOnlyProperty();
    }

    /** Whether the file takes the logbook's routines along. */
    public BooleanProperty includeRoutinesProperty() {
        return includeRoutines;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
