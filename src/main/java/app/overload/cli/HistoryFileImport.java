package app.overload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import app.overload.exchange.BlockFileException;
import app.overload.exchange.FileWarning;
import app.overload.exchange.HistoryFile;
import app.overload.exchange.HistoryFileImporter;
import app.overload.usecase.ImportHistoryFile;

/**
 * {@code overload import-history FILE.json} for an Overload history file (what export-history --format json
 * writes): it carries whole sessions, blocks and exercises, so it needs no unit, mapping or skipping of bad rows.
 */
final class HistoryFileImport {

    private HistoryFileImport() {
    }

    /** True when the files are, or include, an Overload history file, which is imported on its own. */
    static boolean applies(List<Path> files) {
        return files.stream().anyMatch(ImportHistoryFile::isHistoryFile);
    }

    static int run(List<Path> files, Path target, boolean dryRun, PrintWriter out) {
        if (files.size() > 1) {
            throw new CommandFailure("An Overload history file is imported on its own; give it as the only file "
                    + "(nothing was imported).");
        }
        Path file = files.get(0);
        HistoryFile read;
        try {
            read = ImportHistoryFile.read(file);
        } catch (BlockFileException e) {
            throw new CommandFailure(file.getFileName() + ": " + e.getMessage() + " Nothing was imported.");
        }
        try (PreviewLogbook opened = PreviewLogbook.open(target, dryRun, "overload import-history")) {
            ImportHistoryFile importer = new ImportHistoryFile(opened.logbook());
            HistoryFileImporter.Preview preview = importer.preview(read);
            out.println("Read " + read.source() + " (history format " + read.version() + "): "
                    + read.sessions().size() + " sessions.");
            for (FileWarning w : read.warnings()) {
                out.println("  Warning: " + w.describe());
            }
            out.println(preview.describe());
            preview.conflicts().forEach(c -> out.println("  " + c));
            if (dryRun) {
                out.println("Dry run: nothing was written." + (opened.stillToBeCreated() ? " " + target.getFileName()
                        + " does not exist yet and was not created." : ""));
                return 0;
            }
            if (!preview.changesAnything()) {
                out.println("Nothing new to import: every session is already in the logbook.");
                return 0;
            }
            importer.apply(preview);
            out.println("Imported " + preview.newSessions().size() + " sessions, " + preview.newBlocks().size()
                    + " blocks and " + preview.newExercises().size() + " exercises.");
            return 0;
        }
    }
}
