package app.overload.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import app.overload.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code overload}: with no command it opens the app; with a command it works headless. The app itself is
 * started through a callback, so the command line does not depend on the UI.
 */
@Command(name = "overload", mixinStandardHelpOptions = true, version = "Overload 0.1.0",
        description = "A training logbook that keeps workouts apart from training.%n"
                + "Without a command, opens the app.",
        subcommands = {DemoCommand.class, SessionsCommand.class, LogCommand.class, BlocksCommand.class,
                SuggestCommand.class, ReplanCommand.class, OutlookCommand.class,
                ExportCommand.class, ImportCommand.class, ImportHistoryCommand.class,
                ExportHistoryCommand.class, ExportPlanCommand.class, BackupCommand.class,
                RestoreCommand.class, CommandLine.HelpCommand.class})
public final class OverloadCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    private final Consumer<Path> openApp;

    public OverloadCommand(Consumer<Path> openApp) {
        this.openApp = openApp;
    }

    @Override
    public Integer call() {
        openApp.accept(database.resolve());
        return 0;
    }

    /** A command line wired for use: store errors become one clear line on stderr and exit code 1. */
    public static CommandLine commandLine(Consumer<Path> openApp) {
        CommandLine line = new CommandLine(new OverloadCommand(openApp));
        line.registerConverter(LocalDate.class, new Converters.IsoDate());
        line.registerConverter(String.class, new Converters.CleanText());
        line.registerConverter(Path.class, new Converters.FilePath());
        line.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof StoreException || e instanceof CommandFailure
                    || e instanceof IllegalArgumentException) {
                cmd.getErr().println("overload: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return line;
    }
}
