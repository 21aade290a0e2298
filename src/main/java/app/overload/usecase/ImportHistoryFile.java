package app.overload.usecase;

import java.nio.file.Path;

import app.overload.exchange.HistoryFile;
import app.overload.exchange.HistoryFileImporter;
import app.overload.exchange.HistoryFileReader;
import app.overload.store.Logbook;

/**
 * Import an Overload history file (the JSON that Export history writes): a preview that only reads, then the import
 * of what it showed in one transaction. A bad file throws {@link app.overload.exchange.BlockFileException} naming
 * the place.
 */
public final class ImportHistoryFile {

    private final HistoryFileImporter importer;

    public ImportHistoryFile(Logbook logbook) {
        this.importer = new HistoryFileImporter(logbook);
    }

    /** True when {@code file} is an Overload history file rather than a block file or another app's export. */
    public static boolean isHistoryFile(Path file) {
        return HistoryFileReader.looksLikeHistory(file);
    }

    /** Reads and checks the file without a logbook. */
    public static HistoryFile read(Path file) {
        return new HistoryFileReader().read(file);
    }

    public HistoryFileImporter.Preview preview(HistoryFile file) {
        return importer.preview(file);
    }

    public HistoryFileImporter.Preview apply(HistoryFileImporter.Preview preview) {
        return importer.apply(preview);
    }
}
