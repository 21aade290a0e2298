package app.overload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.overload.domain.PlannedSessionId;
import app.overload.exchange.BlockFile;
import app.overload.exchange.BlockFileException;
import app.overload.exchange.BlockPreviewText;
import app.overload.exchange.FileWarning;
import app.overload.exchange.ImportChoices;
import app.overload.exchange.ImportChoices.Side;
import app.overload.exchange.ImportPreview;
import app.overload.store.Logbook;
import app.overload.usecase.ImportBlock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code overload import}: reads a block file, prints what it will change (for a block already in the logbook, a
 * diff of it), then writes it all in one transaction. The file is read before the logbook is opened, so a bad file
 * never touches (or creates) the logbook; nor does a dry run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a training block from a JSON block file into the logbook. Prints what will be created, "
                + "what is already there and any conflict; for a block already in the logbook, what the file changes "
                + "in it, planned session by planned session. Then imports it all at once, or nothing. Where the file "
                + "and the logbook differ the file's version is taken unless you keep yours. Sessions already in the "
                + "logbook are skipped, so importing a file twice is harmless.")
final class ImportCommand implements Callable<Integer> {

    /** The reference that means the block's own fields (name, goal, dates…) in --keep-mine-for. */
    static final String DETAILS = "details";

    @Mixin
    DatabaseOption database;

    @Mixin
    UnitsOption shownIn;

    @Parameters(index = "0", paramLabel = "FILE", description = "The block file to import.")
    Path file;

    @Option(names = "--dry-run", description = "Only show what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--keep-mine", description = "Where the file and your block differ, keep your version of "
            + "everything; only new sessions and exercises are added.")
    boolean keepMine;

    @Option(names = "--keep-mine-for", paramLabel = "REF", description = "Keep your version of one planned session "
            + "the file changes, adds or removes (REF is the id shown in brackets by the preview, or its start), or of "
            + "the block's own name, goal, dates and notes (REF: " + DETAILS + "). Repeat for more.")
    List<String> keepMineFor = new ArrayList<>();

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
                BlockPreviewText text = preview.text(shownIn.of(logbook.settings().units()));
                ImportChoices choices = choices(preview, text);
                text.lines(choices).forEach(out::println);
                preview.conflicts().forEach(c -> out.println("Conflict: " + c));
                String refused = preview.refusal(choices);
                if (refused != null) {
                    throw new CommandFailure(refused);
                }
                if (dryRun) {
                    if (text.choices() > 0 && !keepMine && keepMineFor.isEmpty()) {
                        out.println("The file's version is taken wherever it differs. To keep yours: --keep-mine "
                                + "(everything), or --keep-mine-for REF (one planned session, or \"" + DETAILS
                                + "\" for the block's name, goal, dates and notes).");
                    }
                    out.println("Dry run: nothing was written to " + target.getFileName()
                            + (opened.stillToBeCreated() ? ", which does not exist yet and was not created." : "."));
                    return 0;
                }
                out.println(importer.apply(preview, choices).describe());
            }
        } catch (BlockFileException e) {
            throw new CommandFailure("Cannot import " + file.getFileName() + ": " + e.getMessage());
        }
        return 0;
    }

    /** The sides chosen with --keep-mine and --keep-mine-for; a reference that names nothing is a mistake. */
    private ImportChoices choices(ImportPreview preview, BlockPreviewText text) {
        if (preview.diff() == null && (keepMine || !keepMineFor.isEmpty())) {
            spec.commandLine().getOut().println("The block is new to this logbook: there is nothing of yours to "
                    + "keep, so --keep-mine changes nothing.");
            return ImportChoices.takeFile();
        }
        ImportChoices choices = keepMine ? ImportChoices.keepMine() : ImportChoices.takeFile();
        for (String ref : keepMineFor) {
            if (ref.strip().equalsIgnoreCase(DETAILS)) {
                choices = choices.withDetails(Side.MINE);
                continue;
            }
            Optional<PlannedSessionId> planned = text.planned(ref);
            if (planned.isEmpty()) {
                throw new CommandFailure("--keep-mine-for " + ref + " names none of the planned sessions the file "
                        + "changes" + (text.plan().isEmpty() ? " (it changes none)." : "; use one of: " + String.join(
                                ", ", text.plan().stream().map(BlockPreviewText.PlannedLine::ref).toList()) + ", or "
                                + DETAILS + "."));
            }
            choices = choices.with(planned.get(), Side.MINE);
        }
        return choices;
    }
}
