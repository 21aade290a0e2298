package app.overload.cli;

import java.nio.file.Path;

import app.overload.store.DefaultLocation;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command shares; without it the logbook in the user's data folder. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Logbook file to use instead of the one in your data folder (created if missing).")
    Path path;

    public Path resolve() {
        if (path == null) {
            return DefaultLocation.logbook();
        }
        String text = path.toString();
        if (text.isBlank()) {
            throw new CommandFailure("--db needs the path of a logbook file.");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new CommandFailure("--db must not contain control characters.");
        }
        return path;
    }
}
