package app.overload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseNames;
import app.overload.exchange.BlockFile;
import app.overload.exchange.BlockFileException;
import app.overload.exchange.FileWarning;
import app.overload.exchange.ImportPreview;
import app.overload.planning.GoalText;
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

    @Mixin
    UnitsOption shownIn;

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
            try (PreviewLogbook opened = PreviewLogbook.open(target, dryRun, "overload import")) {
                Logbook logbook = opened.logbook();
                ImportBlock importer = new ImportBlock(logbook);
                ImportPreview preview = importer.preview(read);
                preview.describe().forEach(out::println);
                out.println(goal(preview, logbook));
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

    /** "Goal: Back squat 265 lb × 5 by 2027-03-28.", in the units asked for; new exercises by their file's name. */
    private String goal(ImportPreview preview, Logbook logbook) {
        ExerciseNames known = logbook.exercises().names();
        ExerciseNames names = id -> preview.newExercises().stream().filter(e -> e.id().equals(id))
                .map(Exercise::name).findFirst().orElseGet(() -> known.nameOf(id));
        GoalText text = new GoalText(shownIn.of(logbook.settings().units()), names);
        return "Goal: " + text.target(preview.block().goal()) + " by " + preview.block().goalDate() + ".";
    }
}
