package app.overload.usecase;

import java.nio.file.Path;
import java.util.List;

import app.overload.exchange.history.HistoryImporter;
import app.overload.exchange.history.ImportOptions;
import app.overload.exchange.history.ImportPlan;
import app.overload.exchange.history.ImportProgress;
import app.overload.exchange.history.ImportResult;
import app.overload.store.Logbook;

/**
 * Import history from other apps (Strong and Hevy CSV exports, GPX, TCX and FIT files): a plan that reads the files
 * and compares them with the logbook, then the import of the plan in one transaction. {@code overload import-history}
 * and the history import dialog both call it.
 */
public final class ImportHistory {

    private final Logbook logbook;

    public ImportHistory(Logbook logbook) {
        this.logbook = logbook;
    }

    /** Reads {@code picked} (files or folders) and works out what an import would add; writes nothing. */
    public ImportPlan preview(List<Path> picked, ImportOptions options, ImportProgress progress) {
        return new HistoryImporter(options).preview(picked, logbook, progress);
    }

    /**
     * Writes the plan's sessions (and the exercises they need) in one transaction.
     *
     * @param skipProblems import the rest when some rows could not be read; otherwise nothing is written then
     */
    public ImportResult apply(ImportPlan plan, boolean skipProblems) {
        return plan.apply(logbook, skipProblems);
    }
}
