package app.overload.usecase;

import java.nio.file.Path;

import app.overload.exchange.BlockFile;
import app.overload.exchange.BlockFileReader;
import app.overload.exchange.BlockImporter;
import app.overload.exchange.ImportChoices;
import app.overload.exchange.ImportPreview;
import app.overload.exchange.ImportResult;
import app.overload.store.Logbook;

/**
 * Import a training block from a block file, in two steps: a preview that only reads (what would be created, what is
 * already there, conflicts), then the import of what the preview showed, in one transaction. {@code overload import}
 * and the import dialog both call it. A bad file throws {@link app.overload.exchange.BlockFileException}.
 */
public final class ImportBlock {

    private final BlockImporter importer;

    public ImportBlock(Logbook logbook) {
        this.importer = new BlockImporter(logbook);
    }

    /**
     * Reads and checks the file without a logbook, so a bad file is refused before the logbook is opened (or
     * created).
     */
    public static BlockFile read(Path file) {
        return new BlockFileReader().read(file);
    }

    /** What importing {@code file} would change; reads only. */
    public ImportPreview preview(BlockFile file) {
        return importer.preview(file);
    }

    /** Reads the file and previews it. */
    public ImportPreview preview(Path file) {
        return importer.preview(file);
    }

    /** Writes what the preview showed, in one transaction: all of it or nothing. */
    public ImportResult apply(ImportPreview preview) {
        return importer.apply(preview);
    }

    /**
     * Writes what the preview showed with the user's choices where the file differs from their block (keep mine or
     * take the file's, for the block's details and per planned session), in one transaction.
     */
    public ImportResult apply(ImportPreview preview, ImportChoices choices) {
        return importer.apply(preview, choices);
    }
}
