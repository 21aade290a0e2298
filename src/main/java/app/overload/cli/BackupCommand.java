package app.overload.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import app.overload.store.Backups;
import app.overload.store.Logbook;
import app.overload.usecase.BackUpLogbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code overload backup}: a consistent copy of the logbook, safe while the app has it open. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the logbook into its backups folder (or to --to FILE). Safe while the app is open.")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--to", paramLabel = "FILE", description = "Write the copy here instead (must not exist).")
    Path to;

    @Option(names = "--replace", description = "With --to: replace FILE if it exists, once the new copy is complete.")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = database.resolve();
        if (!Files.exists(file)) {
            throw new CommandFailure("There is no logbook at " + file + " to back up.");
        }
        if (replace && to == null) {
            throw new CommandFailure("--replace goes with --to FILE; copies into the backups folder never replace one.");
        }
        if (to != null && Files.isSymbolicLink(to)) {
            throw new CommandFailure(to + " is a symbolic link; name the file itself. Nothing was written.");
        }
        if (to != null && !replace && Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandFailure(to + " already exists; choose a new file name, or add --replace.");
        }
        Path folder = to == null ? null : to.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandFailure("Cannot write the copy to " + to + ": " + folder
                    + (Files.exists(folder) ? " is a file, not a folder." : " does not exist."));
        }
        try (Logbook logbook = Logbook.openToWrite(file, "overload backup")) {
            BackUpLogbook backUp = new BackUpLogbook(logbook, Clock.systemDefaultZone());
            Path written = to != null ? backUp.to(to, replace) : backUp.now().file();
            String contents = Backups.contents(written).map(Backups.Contents::describe)
                    .orElseThrow(() -> new CommandFailure("The copy at " + written + " did not pass its check."));
            spec.commandLine().getOut().println("Backed up " + contents + " to " + written + ".");
        }
        return 0;
    }
}
