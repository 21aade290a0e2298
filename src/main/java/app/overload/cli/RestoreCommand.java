package app.overload.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.overload.store.Backups;
import app.overload.store.LogbookLock;
import app.overload.usecase.RestoreLogbook;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code overload restore}: puts a backup in place of the logbook. It first shows what would be replaced by what,
 * and only acts with {@code --yes}; the replaced file is kept in the backups folder.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the logbook with a backup (close the app first; commands using it are waited for). "
                + "Shows what would change; add --yes to do it. The current file is kept in the backups folder.")
final class RestoreCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** How long a restore waits for commands using the logbook to finish; app windows are not waited for. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one of: a file, the newest good backup, or only a listing. */
    static final class Source {
        @Option(names = "--from", paramLabel = "FILE", description = "The backup file to restore.")
        Path from;

        @Option(names = "--latest", description = "The newest backup that passes its integrity check.")
        boolean latest;

        @Option(names = "--list", description = "Only list the backups, newest first.")
        boolean list;
    }

    @Option(names = "--yes", description = "Really replace the logbook.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = database.resolve().toAbsolutePath();
        RestoreLogbook restore = new RestoreLogbook(file, Clock.systemDefaultZone());
        Backups backups = restore.backups();
        PrintWriter out = spec.commandLine().getOut();
        if (source.list) {
            list(backups.list(), out);
            return 0;
        }
        Backups.Backup chosen = source.latest ? backups.newestGood().orElseThrow(() -> new CommandFailure(
                "There is no healthy backup in " + backups.folder() + "."))
                : new Backups.Backup(source.from.toAbsolutePath(), Backups.Kind.MANUAL, LocalDateTime.now(), 0);
        if (!Files.isRegularFile(chosen.file())) {
            throw new CommandFailure(chosen.file() + " does not exist.");
        }
        Backups.Contents incoming = Backups.contents(chosen.file()).orElseThrow(() -> new CommandFailure(
                chosen.file() + " is not a healthy Overload logbook; nothing was restored."));
        if (!yes) {
            preview(out, file, chosen, incoming);
            out.println("Nothing changed. Run again with --yes to restore.");
            return 0;
        }
        // Held from before the preview through the swap: what it shows is what is replaced, and nothing else,
        // here or in a window, can use the logbook in between. Commands in the way are waited for.
        try (LogbookLock alone = LogbookLock.sole(file, LogbookLock.me("overload restore", false), WAIT,
                holders -> out.println("Waiting for " + LogbookLock.describe(holders) + " to finish…"))) {
            boolean damaged = preview(out, file, chosen, incoming);
            Optional<Path> kept = restore.restore(chosen, damaged, alone);
            out.println("Restored." + kept.map(p -> " The previous file is kept as " + p + ".").orElse(""));
        }
        return 0;
    }

    /** Prints what is there now and what comes back; true when what is there is damaged or unreadable. */
    private static boolean preview(PrintWriter out, Path file, Backups.Backup chosen, Backups.Contents incoming) {
        Optional<Backups.Contents> current = Files.exists(file) ? Backups.contents(file) : Optional.empty();
        out.println("Logbook: " + file);
        out.println("  now:   " + (!Files.exists(file) ? "no file" : current.map(Backups.Contents::describe)
                .orElse("damaged or unreadable (it will be kept as a damaged copy)")));
        out.println("  after: " + incoming.describe() + " (from " + chosen.file().getFileName() + ")");
        return Files.exists(file) && current.isEmpty();
    }

    private static void list(List<Backups.Backup> all, PrintWriter out) {
        if (all.isEmpty()) {
            out.println("No backups yet.");
            return;
        }
        for (Backups.Backup b : all) {
            String contents = Backups.contents(b.file()).map(Backups.Contents::describe).orElse("not readable");
            out.printf("%s  %-14s  %s  (%s)%n", WHEN.format(b.taken()), b.kind().name().toLowerCase(
                    Locale.ROOT).replace('_', ' '), b.file().getFileName(), contents);
        }
    }
}
