package app.overload.ui.imports;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import app.overload.domain.Exercise;
import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.history.ExerciseMapping;
import app.overload.exchange.history.ImportOptions;
import app.overload.exchange.history.ImportPlan;
import app.overload.exchange.history.ImportProgress;
import app.overload.exchange.history.PreviewText;
import app.overload.exchange.history.Problem;
import app.overload.store.Logbook;
import app.overload.ui.BackgroundWork;
import app.overload.ui.TaskExecutor;
import app.overload.ui.imports.MappingRow.ExerciseChoice;
import app.overload.usecase.ImportHistory;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state: the files, the preview of what they hold, the exercise mapping the user may change,
 * progress while files are read, and the result. Reading and writing run through the injected executor.
 */
public final class ImportHistoryViewModel {

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final ObjectProperty<UnitPreferences> units;
    private final Consumer<Runnable> uiThread;
    private final ZoneId zone;

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<MassUnit> unit = new SimpleObjectProperty<>(null);
    private final ObservableList<String> fileLines = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mappings = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unitQuestion = new ReadOnlyStringWrapper("");
    private final ObservableList<ExerciseChoice> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Add files to see what they hold.");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanProperty skipProblems = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final BooleanBinding canImport;

    /**
     * @param uiThread runs a progress update on the UI thread ({@code Platform::runLater}; tests run it at once)
     * @param zone     the time zone GPS times are shown in
     */
    public ImportHistoryViewModel(Logbook logbook, TaskExecutor executor, ObjectProperty<UnitPreferences> units,
            Consumer<Runnable> uiThread, ZoneId zone) {
        this.logbook = logbook;
        this.executor = executor;
        this.units = units;
        this.uiThread = uiThread;
        this.zone = zone;
        canImport = Bindings.createBooleanBinding(() -> plan.get() != null && !busy.get() && !imported.get()
                && !plan.get().sessionsToAdd().isEmpty() && plan.get().needingUnit().isEmpty()
                && (plan.get().problems().isEmpty() || skipProblems.get()),
                plan, busy, imported, skipProblems);
        unit.addListener((obs, old, now) -> preview());
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** The unit for Strong files that do not say; null to detect it. Changing it reads the files again. */
    public ObjectProperty<MassUnit> unitProperty() {
        return unit;
    }

    public ObservableList<String> fileLines() {
        return fileLines;
    }

    public ObservableList<MappingRow> mappings() {
        return mappings;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    /** What was changed on the way in (a duration no session can have, a name cut to length); nothing blocks. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /**
     * The question for the user when a file does not say its weight unit and its loads do not tell, naming the
     * file; empty otherwise. Answering it is setting {@link #unitProperty}, which reads the files again.
     */
    public ReadOnlyStringProperty unitQuestionProperty() {
        return unitQuestion.getReadOnlyProperty();
    }

    /** What a mapping can be set to: a new exercise, or any exercise of the catalogue. */
    public ObservableList<ExerciseChoice> choices() {
        return choices;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The user accepts importing the rest when some rows could not be read. */
    public BooleanProperty skipProblemsProperty() {
        return skipProblems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress of reading or writing, 0–1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public ObjectProperty<ImportPlan> planProperty() {
        return plan;
    }

    /** Adds files or folders not already in the list and reads them all again. */
    public void addFiles(List<Path> paths) {
        paths.stream().filter(p -> !files.contains(p)).forEach(files::add);
        imported.set(false);
        result.set("");
        preview();
    }

    /** Reads the files in the background and shows what an import would do. */
    public void preview() {
        if (files.isEmpty() || busy.get()) {
            return;
        }
        List<Path> picked = List.copyOf(files);
        ImportOptions options = ImportOptions.defaults().withZone(zone).withUnit(unit.get());
        start("Reading " + picked.size() + (picked.size() == 1 ? " file" : " files"));
        executor.submit("Reading history files", sink -> new ImportHistory(logbook).preview(picked, options,
                progressTo(sink)), this::show, this::failed);
    }

    /** Points one name from the other app at a catalogue exercise, or at a new exercise of its own. */
    public void choose(String sourceName, ExerciseChoice choice) {
        ImportPlan current = plan.get();
        if (current == null || choice == null) {
            return;
        }
        show(current.withChoice(sourceName, choice.createsNew() ? Optional.empty() : Optional.of(choice.id())));
    }

    /** Writes the previewed sessions in one transaction, then runs {@code afterImport} on success. */
    public void importNow(Runnable afterImport) {
        ImportPlan current = plan.get();
        if (!canImport.get()) {
            return;
        }
        boolean skip = skipProblems.get();
        int count = current.sessionsToAdd().size();
        start("Importing " + count + (count == 1 ? " session" : " sessions"));
        executor.submit("Importing history", sink -> new ImportHistory(logbook).apply(current, skip), done -> {
            busy.set(false);
            progress.set(1);
            status.set("");
            result.set(done.message());
            imported.set(done.written());
            if (done.written()) {
                afterImport.run();
            }
        }, this::failed);
    }

    private void start(String message) {
        busy.set(true);
        progress.set(0);
        status.set(message + "…");
    }

    private ImportProgress progressTo(BackgroundWork.Progress sink) {
        return (fraction, message) -> {
            sink.update(fraction, message);
            uiThread.accept(() -> progress.set(fraction));
        };
    }

    private void show(ImportPlan next) {
        busy.set(false);
        progress.set(1);
        status.set("");
        plan.set(next);
        UnitPreferences u = units.get();
        List<String> lines = new ArrayList<>();
        for (ImportPlan.FileSummary f : next.files()) {
            String name = Path.of(f.file()).getFileName().toString();
            lines.add(name + " — " + (f.format() == null ? "not readable" : f.format().label()) + ", "
                    + f.sessions() + (f.sessions() == 1 ? " session" : " sessions")
                    + (f.needsUnit() ? " (not counted until you choose the unit)" : "")
                    + (f.unitNote().isEmpty() ? "" : ". " + f.unitNote()));
        }
        fileLines.setAll(lines);
        String duplicates = PreviewText.duplicates(next.duplicatesSkipped());
        summary.set(PreviewText.totals(next.totals(), u) + (duplicates.isEmpty() ? "" : " " + duplicates));
        List<ExerciseChoice> all = new ArrayList<>();
        all.add(ExerciseChoice.CREATE_NEW);
        for (Exercise e : next.catalogue()) {
            all.add(new ExerciseChoice(e.id(), e.name()));
        }
        choices.setAll(all);
        List<MappingRow> rows = new ArrayList<>();
        for (ExerciseMapping m : next.mappings()) {
            ExerciseChoice target = m.isNew() ? ExerciseChoice.CREATE_NEW
                    : new ExerciseChoice(m.targetId(), m.target().name());
            String how = switch (m.how()) {
                case MATCHED -> "Matched";
                case CHOSEN -> "Your choice";
                case NEW -> "Will be created as \"" + m.target().name() + "\"";
            };
            rows.add(new MappingRow(m.sourceName(), m.sets(), target, how));
        }
        mappings.setAll(rows);
        problems.setAll(next.problems().stream().map(ImportHistoryViewModel::describe).toList());
        warnings.setAll(next.warnings().stream().map(ImportHistoryViewModel::describe).toList());
        unitQuestion.set(next.unitQuestion());
    }

    private static String describe(Problem p) {
        String name = Path.of(p.file()).getFileName().toString();
        return p.position().isEmpty() ? name + ": " + p.reason() : name + ", " + p.position() + ": " + p.reason();
    }

    private void failed(Throwable error) {
        busy.set(false);
        progress.set(0);
        status.set("");
        result.set("The import failed: " + error.getMessage());
    }
}
