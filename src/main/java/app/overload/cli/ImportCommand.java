package app.overload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import app.overload.exchange.BlockFile;
import app.overload.exchange.BlockFileException;
import app.overload.exchange.FileWarning;
import app.overload.exchange.ImportPreview;
import app.overload.store.Logbook;
import app.overload.usecase.ImportBlock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code overload import}: reads a block file, prints what it will change, then writes it all in one transaction.
 * The file is read before the logbook is opened, so a bad file never touches (or creates) the logbook; nor does a
 * dry run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a training block from a JSON block file into the logbook. Prints what will be created, "
                + "what is already there and any conflict, then imports it all at once, or nothing. Sessions already "
                + "in the logbook are skipped, so importing a file twice is harmless.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "FILE", description = "The block file to import.")
    Path file;

    @Option(names = "--dry-run", description = "Only show what would change; write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            BlockFile read = ImportBlock.read(file);
            out.println("Read " + file.getFileName() + " (block format " + read.version() + ").");
            for (FileWarning warning : read.warnings()) {
                out.println("Warning: " + warning.describe());
            }
            Path target = database.resolve();
            try (PreviewLogbook opened = PreviewLogbook.open(target, dryRun)) {
                Logbook logbook = opened.logbook();
                ImportBlock importer = new ImportBlock(logbook);
                ImportPreview preview = importer.preview(read);
                preview.describe().forEach(out::println);
                preview.conflicts().forEach(c -> out.println("Conflict: " + c));
                if (dryRun) {
                    out.println("Dry run: nothing was written to " + target.getFileName()
                            + (opened.stillToBeCreated() ? ", which does not exist yet and was not created." : "."));
                    return 0;
                }
                out.println(importer.apply(preview).describe());
            }
        } catch (BlockFileException e) {
            throw new CommandFailure("Cannot import " + file.getFileName() + ": " + e.getMessage());
        }
        return 0;
    }
}
