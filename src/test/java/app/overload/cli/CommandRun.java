package app.overload.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

import picocli.CommandLine;

/** What one in-process run of the command line printed and returned, for the command tests. */
record CommandRun(int code, String out, String err) {

    /** Runs {@code args}; a command that tries to open the app fails the test. */
    static CommandRun of(String... args) {
        return of(path -> {
            throw new AssertionError("The app must not open");
        }, args);
    }

    /** Runs {@code args}, handing a request to open the app on a logbook to {@code openApp}. */
    static CommandRun of(Consumer<Path> openApp, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = OverloadCommand.commandLine(openApp);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
