package app.overload;

import java.nio.file.Path;
import java.util.Optional;

import app.overload.cli.OverloadCommand;
import app.overload.store.DefaultLocation;
import app.overload.store.NativeSqlite;
import app.overload.ui.OverloadApp;

/**
 * The entry point of {@code overload.jar} and {@code mvn javafx:run}. It is not an {@code Application} itself, so
 * the jar starts on a plain class path, and headless commands never touch JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        NativeSqlite.useCopyIn(DefaultLocation.logbook().getParent().resolve("native"));
        Optional<Path> app = appOnly(args);
        if (app.isPresent()) {
            // Building picocli's command tree costs a few hundred milliseconds of start-up; opening the app needs
            // none of it.
            OverloadApp.launch(app.get());
            System.exit(0);
        }
        int code = OverloadCommand.commandLine(OverloadApp::launch).execute(args);
        System.exit(code);
    }

    /**
     * The logbook to open when the arguments only ask for the app: none, {@code --db PATH} or {@code --db=PATH}.
     * Anything else, including a mistyped {@code --db}, is left to the full command line and its messages.
     */
    static Optional<Path> appOnly(String[] args) {
        if (args.length == 0) {
            return Optional.of(DefaultLocation.logbook());
        }
        String path = null;
        if (args.length == 2 && args[0].equals("--db")) {
            path = args[1];
        } else if (args.length == 1 && args[0].startsWith("--db=")) {
            path = args[0].substring("--db=".length());
        }
        if (path == null || path.isBlank() || path.startsWith("-") || path.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path));
    }
}
