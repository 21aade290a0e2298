package app.overload.ui.exchange;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockFileException;
import app.overload.exchange.BlockPreviewText;
import app.overload.exchange.FileWarning;
import app.overload.exchange.ImportChoices;
import app.overload.exchange.ImportChoices.Side;
import app.overload.exchange.ImportPreview;
import app.overload.store.Logbook;
import app.overload.store.StoreException;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.ImportBlock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Import block…: reads the chosen file and previews it (what will be created; for a block already in the logbook,
 * what the file changes in it, with a choice of side for each difference; what clashes), then imports it on
 * request, all off the JavaFX thread. Nothing is written before {@link #importBlock()}.
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
    private final UnitPreferences units;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.READING);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blockName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper renamed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final ObservableList<BlockPreviewText.Week> outline = FXCollections.observableArrayList();
    private final ObservableList<String> detailChanges = FXCollections.observableArrayList();
    private final ObjectProperty<Side> detailsSide = new SimpleObjectProperty<>(Side.FILE);
    private final ObservableList<PlannedChoice> plannedChanges = FXCollections.observableArrayList();
    private final ObservableList<String> logged = FXCollections.observableArrayList();
    private final ObservableList<String> exercises = FXCollections.observableArrayList();
    private final ObservableList<String> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    /*
     * Read-only views handed out once and kept here: an unmodifiable list listens to its source weakly, so a view
     * made afresh on every call could be collected with the view's listeners on it, and the screen stop updating.
     */
    private final ObservableList<String> detailsView = FXCollections.unmodifiableObservableList(details);
    private final ObservableList<BlockPreviewText.Week> outlineView = FXCollections.unmodifiableObservableList(outline);
    private final ObservableList<String> detailChangesView = FXCollections.unmodifiableObservableList(detailChanges);
    private final ObservableList<PlannedChoice> plannedChangesView =
            FXCollections.unmodifiableObservableList(plannedChanges);
    private final ObservableList<String> loggedView = FXCollections.unmodifiableObservableList(logged);
    private final ObservableList<String> exercisesView = FXCollections.unmodifiableObservableList(exercises);
    private final ObservableList<String> conflictsView = FXCollections.unmodifiableObservableList(conflicts);
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyObjectWrapper<ImportChoices> choices = new ReadOnlyObjectWrapper<>(ImportChoices.takeFile());
    private final BooleanBinding canImport;
    private ImportPreview preview;

    /** @param units the reader's units: the preview's loads are shown in them, whatever the file's author used */
    public ImportBlockViewModel(Logbook logbook, TaskExecutor executor, UnitPreferences units, Runnable afterImport) {
        this.logbook = logbook;
        this.executor = executor;
        this.units = units;
        this.afterImport = afterImport;
        // The preview is set before the state moves to PREVIEW, so the state and the choices tell when to look again.
        this.canImport = Bindings.createBooleanBinding(() -> state.get() == State.PREVIEW && preview != null
                && preview.changesAnything(choices.get()) && preview.refusal(choices.get()) == null, state, choices);
        detailsSide.addListener((obs, old, now) -> updateChoices());
    }

    /** A preview in kilograms and kilometres. */
    public ImportBlockViewModel(Logbook logbook, TaskExecutor executor, Runnable afterImport) {
        this(logbook, executor, UnitPreferences.METRIC, afterImport);
    }

    /** Reads and previews {@code file} in the background; the lists fill when it is done. */
    public void preview(Path file) {
        String name = String.valueOf(file.getFileName());
        fileName.set(name);
        source.set("Reading " + name + "…");
        state.set(State.READING);
        executor.submit("Reading " + name, progress -> {
            ImportPreview read = new ImportBlock(logbook).preview(file);
            return new Shown(read, read.text(units));
        }, this::show, error -> failed("Cannot import " + name + ": ", error));
    }

    /** A preview with its words, both worked out in the background. */
    private record Shown(ImportPreview preview, BlockPreviewText text) {
    }

    private void show(Shown shown) {
        preview = shown.preview();
        BlockPreviewText text = shown.text();
        source.set(fileName.get() + " · block format " + preview.file().version());
        boolean known = preview.stored() != null;
        blockName.set(known ? preview.stored().name() : preview.block().name());
        renamed.set(known && !preview.stored().name().equals(preview.block().name())
                ? "The file calls it \"" + preview.block().name() + "\"." : "");
        change.set(switch (preview.change()) {
            case NEW -> "New block";
            case UPDATE -> "Differs from your block";
            case UNCHANGED -> "Already in your logbook";
        });
        details.setAll(text.summary());
        outline.setAll(text.outline());
        detailChanges.setAll(text.details());
        detailsSide.set(Side.FILE);
        plannedChanges.setAll(text.plan().stream().map(PlannedChoice::new).toList());
        plannedChanges.forEach(c -> c.sideProperty().addListener((obs, old, now) -> updateChoices()));
        logged.setAll(text.logged());
        exercises.setAll(text.exercises());
        conflicts.setAll(preview.conflicts());
        warnings.setAll(preview.file().warnings().stream().map(FileWarning::describe).toList());
        updateChoices();
        outcome.set(preview.changesAnything() ? "" : "Everything in this file is already in your logbook.");
        state.set(State.PREVIEW);
    }

    private void updateChoices() {
        ImportChoices chosen = ImportChoices.takeFile().withDetails(detailsSide.get());
        for (PlannedChoice c : plannedChanges) {
            chosen = chosen.with(c.line().id(), c.sideProperty().get());
        }
        choices.set(chosen);
        String why = preview == null ? null : preview.refusal(chosen);
        refusal.set(why == null ? "" : why);
    }

    /** Every difference as the file has it. */
    public void takeAllFromFile() {
        setAll(Side.FILE);
    }

    /** Every difference as the logbook has it: only new sessions and exercises would come in. */
    public void keepAllMine() {
        setAll(Side.MINE);
    }

    private void setAll(Side side) {
        detailsSide.set(side);
        plannedChanges.forEach(c -> c.sideProperty().set(side));
    }

    /** Writes what the preview showed, with the sides chosen, in one transaction; then runs the after-import callback. */
    public void importBlock() {
        if (!canImport().get()) {
            return;
        }
        ImportPreview shown = preview;
        ImportChoices chosen = choices.get();
        state.set(State.IMPORTING);
        executor.submit("Importing " + shown.block().name(), progress -> new ImportBlock(logbook).apply(shown,
                chosen), result -> {
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

    /** True when a preview is shown and importing it with the sides chosen would change something. */
    public BooleanBinding canImport() {
        return canImport;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** "block.json · block format 1.1", or what is being read. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The block's name in the logbook when it is already there, else the name it will be imported under. */
    public ReadOnlyStringProperty blockNameProperty() {
        return blockName.getReadOnlyProperty();
    }

    /** "The file calls it "…"." when the file renames a block already in the logbook, else empty. */
    public ReadOnlyStringProperty renamedProperty() {
        return renamed.getReadOnlyProperty();
    }

    /** "New block", "Differs from your block" or "Already in your logbook". */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** The result after importing, the reason when it failed, or a note when there is nothing to import. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the sides chosen do not fit together, or empty. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** What will be created and what is already there, one sentence each. */
    public ObservableList<String> details() {
        return detailsView;
    }

    /** A new block's weeks with their planned sessions; empty for a block already in the logbook. */
    public ObservableList<BlockPreviewText.Week> outline() {
        return outlineView;
    }

    /** The block's own fields the file changes, "Goal: … → …". */
    public ObservableList<String> detailChanges() {
        return detailChangesView;
    }

    /** Whose name, goal, dates and notes are kept. */
    public ObjectProperty<Side> detailsSideProperty() {
        return detailsSide;
    }

    /** Each planned session the file adds, removes or changes, with its side. */
    public ObservableList<PlannedChoice> plannedChanges() {
        return plannedChangesView;
    }

    /** The sessions the file logs against the plan that are new to this logbook. */
    public ObservableList<String> logged() {
        return loggedView;
    }

    /** Exercises the file describes otherwise than the catalogue, which stays as it is. */
    public ObservableList<String> exercises() {
        return exercisesView;
    }

    /** The sides as they stand. */
    public ReadOnlyObjectProperty<ImportChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ObservableList<String> conflicts() {
        return conflictsView;
    }

    /** What the file had that was read with a warning, each with its place in the file. */
    public ObservableList<String> warnings() {
        return warningsView;
    }
}
