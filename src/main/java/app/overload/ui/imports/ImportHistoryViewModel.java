package app.overload.ui.imports;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.MassUnit;
import app.overload.domain.Session;
import app.overload.domain.SessionSummary;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockFileException;
import app.overload.exchange.FileWarning;
import app.overload.exchange.HistoryFile;
import app.overload.exchange.HistoryFileImporter;
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
import app.overload.usecase.ImportHistoryFile;
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
 * progress while files are read, and the result. Reading and writing run through the injected executor. An
 * Overload history file (what Export history writes as JSON) goes through {@link ImportHistoryFile}, as
 * {@code overload import-history} does: the same preview, imported whole in one transaction, with no mapping.
 */
public final class ImportHistoryViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

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
    private final ObservableList<String> sessionLines = FXCollections.observableArrayList();
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
    private final ObjectProperty<HistoryFileImporter.Preview> overloadFile = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper ownFormat = new ReadOnlyBooleanWrapper(false);
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
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && !imported.get() && (overloadFile.get() != null
                ? overloadFile.get().changesAnything()
                : plan.get() != null && !plan.get().sessionsToAdd().isEmpty() && plan.get().needingUnit().isEmpty()
                        && (plan.get().problems().isEmpty() || skipProblems.get())),
                plan, overloadFile, busy, imported, skipProblems);
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

    /** For an Overload history file: the sessions it adds, newest first; empty otherwise. */
    public ObservableList<String> sessionLines() {
        return sessionLines;
    }

    /** True while the files are an Overload history file: it carries its own exercises, so there is no mapping. */
    public ReadOnlyBooleanProperty ownFormatProperty() {
        return ownFormat.getReadOnlyProperty();
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
        executor.submit("Reading history files", sink -> read(picked, options, sink), this::show, this::failed);
    }

    /** What reading the files gave: another app's files as a plan, or an Overload history file, or why not. */
    private record Read(ImportPlan plan, HistoryFileImporter.Preview overloadFile, List<String> sessions,
            String refusal) {
    }

    private Read read(List<Path> picked, ImportOptions options, BackgroundWork.Progress sink) {
        if (picked.stream().noneMatch(ImportHistoryFile::isHistoryFile)) {
            return new Read(new ImportHistory(logbook).preview(picked, options, progressTo(sink)), null, List.of(),
                    null);
        }
        if (picked.size() > 1) {
            return new Read(null, null, List.of(), "An Overload history file is imported on its own, not with other "
                    + "files: close this window and import it alone. Nothing was imported.");
        }
        try {
            HistoryFile file = ImportHistoryFile.read(picked.get(0));
            HistoryFileImporter.Preview preview = new ImportHistoryFile(logbook).preview(file);
            return new Read(null, preview, sessionLines(preview), null);
        } catch (BlockFileException e) {
            return new Read(null, null, List.of(), picked.get(0).getFileName() + ": " + e.getMessage()
                    + " Nothing was imported.");
        }
    }

    /** The sessions the file adds, newest first, as the history lists them: "Fri 20 Nov 2026 — Back squat 5×5 …". */
    private List<String> sessionLines(HistoryFileImporter.Preview preview) {
        Map<ExerciseId, String> fileNames = new HashMap<>();
        preview.file().exercises().forEach(e -> fileNames.put(e.id(), e.name()));
        ExerciseNames known = logbook.exercises().names();
        SessionSummary summary = new SessionSummary(units.get(), id -> fileNames.containsKey(id) ? fileNames.get(id)
                : known.nameOf(id));
        List<Session> sessions = new ArrayList<>(preview.newSessions());
        sessions.sort(Comparator.comparing(Session::start).reversed());
        return sessions.stream().map(s -> DAY.format(s.date()) + " — " + summary.describe(s)).toList();
    }

    private void show(Read read) {
        ownFormat.set(read.plan() == null);
        sessionLines.setAll(read.sessions());
        if (read.plan() != null) {
            overloadFile.set(null);
            show(read.plan());
            return;
        }
        busy.set(false);
        progress.set(1);
        status.set("");
        plan.set(null);
        overloadFile.set(read.overloadFile());
        mappings.clear();
        choices.clear();
        unitQuestion.set("");
        if (read.overloadFile() == null) {
            fileLines.setAll(files.stream().map(f -> String.valueOf(f.getFileName())).toList());
            summary.set("Nothing to import.");
            problems.setAll(read.refusal());
            warnings.clear();
            return;
        }
        HistoryFileImporter.Preview preview = read.overloadFile();
        HistoryFile file = preview.file();
        int count = file.sessions().size();
        fileLines.setAll(file.source() + " — Overload history (format " + file.version() + "), " + count
                + (count == 1 ? " session" : " sessions"));
        summary.set(preview.describe() + (preview.changesAnything() ? ""
                : " Nothing new to import: every session is already in the logbook."));
        problems.clear();
        List<String> notes = new ArrayList<>(file.warnings().stream().map(FileWarning::describe).toList());
        notes.addAll(preview.conflicts());
        warnings.setAll(notes);
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
        if (overloadFile.get() != null) {
            importOverloadFile(overloadFile.get(), afterImport);
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

    private void importOverloadFile(HistoryFileImporter.Preview preview, Runnable afterImport) {
        start("Importing " + preview.newSessions().size() + (preview.newSessions().size() == 1 ? " session"
                : " sessions"));
        executor.submit("Importing history", sink -> new ImportHistoryFile(logbook).apply(preview), done -> {
            busy.set(false);
            progress.set(1);
            status.set("");
            result.set("Imported " + done.newSessions().size() + " sessions, " + done.newBlocks().size()
                    + " blocks and " + done.newExercises().size() + " exercises.");
            imported.set(true);
            afterImport.run();
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
