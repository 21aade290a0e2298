package app.overload.ui.exchange;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

import app.overload.exchange.BlockFileException;
import app.overload.exchange.FileWarning;
import app.overload.exchange.ImportPreview;
import app.overload.store.Logbook;
import app.overload.store.StoreException;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.ImportBlock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Import block…: reads the chosen file and previews it (what will be created, what is already there, what clashes),
 * then imports it on request, all off the JavaFX thread. Nothing is written before {@link #importBlock()}.
 */
public final class ImportBlockViewModel {

    private static final Logger LOG = System.getLogger(ImportBlockViewModel.class.getName());

    /** Where the import stands. */
    public enum State {
        READING, PREVIEW, IMPORTING, DONE, FAILED
    }

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final Runnable afterImport;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.READING);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blockName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final ObservableList<String> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final BooleanBinding canImport;
    private ImportPreview preview;

    public ImportBlockViewModel(Logbook logbook, TaskExecutor executor, Runnable afterImport) {
        this.logbook = logbook;
        this.executor = executor;
        this.afterImport = afterImport;
        // The preview is set before the state moves to PREVIEW, so the state alone tells when to re-evaluate.
        this.canImport = Bindings.createBooleanBinding(() -> state.get() == State.PREVIEW && preview != null
                && preview.changesAnything(), state);
    }

    /** Reads and previews {@code file} in the background; the lists fill when it is done. */
    public void preview(Path file) {
        String name = String.valueOf(file.getFileName());
        fileName.set(name);
        source.set("Reading " + name + "…");
        state.set(State.READING);
        executor.submit("Reading " + name, progress -> new ImportBlock(logbook).preview(file), this::show,
                error -> failed("Cannot import " + name + ": ", error));
    }

    private void show(ImportPreview shown) {
        preview = shown;
        source.set(fileName.get() + " · block format " + shown.file().version());
        blockName.set(shown.block().name());
        change.set(switch (shown.change()) {
            case NEW -> "New block";
            case UPDATE -> "Updates your block";
            case UNCHANGED -> "Already in your logbook";
        });
        details.setAll(shown.describe());
        conflicts.setAll(shown.conflicts());
        warnings.setAll(shown.file().warnings().stream().map(FileWarning::describe).toList());
        outcome.set(shown.changesAnything() ? "" : "Everything in this file is already in your logbook.");
        state.set(State.PREVIEW);
    }

    /** Writes what the preview showed, in one transaction; runs the after-import callback when it is done. */
    public void importBlock() {
        if (!canImport().get()) {
            return;
        }
        ImportPreview shown = preview;
        state.set(State.IMPORTING);
        executor.submit("Importing " + shown.block().name(), progress -> new ImportBlock(logbook).apply(shown),
                result -> {
                    outcome.set(result.describe());
                    state.set(State.DONE);
                    afterImport.run();
                }, error -> failed("The block was not imported; your logbook is unchanged. ", error));
    }

    private void failed(String prefix, Throwable error) {
        if (state.get() == State.READING) {
            source.set(fileName.get());
        }
        boolean expected = error instanceof BlockFileException || error instanceof StoreException;
        if (!expected) {
            LOG.log(Level.ERROR, "Block import failed", error);
        }
        outcome.set(prefix + (expected ? error.getMessage() : "unexpected error (" + error + ")."));
        state.set(State.FAILED);
    }

    /** True when a preview is shown and importing it would change something. */
    public BooleanBinding canImport() {
        return canImport;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** "block.json · block format 1.0", or what is being read. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty blockNameProperty() {
        return blockName.getReadOnlyProperty();
    }

    /** "New block", "Updates your block" or "Already in your logbook". */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** The result after importing, the reason when it failed, or a note when there is nothing to import. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What will be created and what is already there, one sentence each. */
    public ObservableList<String> details() {
        return FXCollections.unmodifiableObservableList(details);
    }

    public ObservableList<String> conflicts() {
        return FXCollections.unmodifiableObservableList(conflicts);
    }

    /** What the file had that was read with a warning, each with its place in the file. */
    public ObservableList<String> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }
}
