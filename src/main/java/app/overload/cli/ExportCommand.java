package app.overload.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import app.overload.domain.TrainingBlock;
import app.overload.exchange.BlockExporter;
import app.overload.exchange.BlockFileException;
import app.overload.store.Logbook;
import app.overload.usecase.ExportBlock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code overload export}: writes one training block to a JSON block file, for a coach or an athlete. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a training block (goal, weeks, plan and the exercises it uses) to a JSON block file. "
                + "With --with-sessions the sessions logged in it go along too. Loads are written in the logbook's "
                + "units (or --units) where they are round numbers in them. The format is described in "
                + "docs/block-format.md.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--block", required = true, paramLabel = "NAME", description = "Name of the block (any case).")
    String block;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "File to write (must not exist, unless --replace).")
    Path out;

    @Option(names = "--replace", description = "Replace FILE if it exists, only once the new one is complete.")
    boolean replace;

    @Option(names = "--with-sessions", description = "Include the sessions logged against the block.")
    boolean withSessions;

    @Option(names = "--with-routines", description = "Include every routine of the logbook.")
    boolean withRoutines;
    /** The units the file is written in: loads that are round numbers in them are written in them. */
    @Mixin
    UnitsOption written;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutFile.check(out, replace);
        try (Logbook logbook = Logbook.openToRead(database.resolve())) {
            ExportBlock exportBlock = new ExportBlock(logbook);
            TrainingBlock found = BlockByName.find(logbook, block);
            BlockExporter.ExportResult result = exportBlock.export(found.id(), withSessions, withRoutines, out,
                    written.of(logbook.settings().units()));
            spec.commandLine().getOut().println(result.describe());
        } catch (BlockFileException e) {
            throw new CommandFailure("Cannot export \"" + block + "\": " + e.getMessage());
        }
        return 0;
    }
}
