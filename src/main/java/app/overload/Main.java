package app.overload;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Optional<AppStart> app = appOnly(args);
        if (app.isPresent()) {
            // Building picocli's command tree costs a few hundred milliseconds of start-up; opening the app needs
            // none of it.
            OverloadApp.launch(app.get().logbook(), app.get().files());
            System.exit(0);
        }
        int code = OverloadCommand.commandLine(OverloadApp::launch).execute(args);
        System.exit(code);
    }

    /** The app on a logbook, with files to open in it once it is shown (as if dropped on the window). */
    record AppStart(Path logbook, List<Path> files) {
    }

    /**
     * What to open when the arguments only ask for the app: nothing, {@code --db PATH} or {@code --db=PATH}, then
     * any number of files, which is how the desktop hands over a double-clicked block file. Anything else, including
     * a mistyped {@code --db}, is left to the full command line and its messages.
     */
    static Optional<AppStart> appOnly(String[] args) {
        Path logbook = DefaultLocation.logbook();
        int files = 0;
        if (args.length >= 2 && args[0].equals("--db")) {
            logbook = logbookPath(args[1]);
            files = 2;
        } else if (args.length >= 1 && args[0].startsWith("--db=")) {
            logbook = logbookPath(args[0].substring("--db=".length()));
            files = 1;
        }
        if (logbook == null) {
            return Optional.empty();
        }
        List<Path> toOpen = new ArrayList<>();
        for (int i = files; i < args.length; i++) {
            Path file = fileToOpen(args[i]);
            if (file == null) {
                return Optional.empty();
            }
            toOpen.add(file);
        }
        return Optional.of(new AppStart(logbook, List.copyOf(toOpen)));
    }

    private static Path logbookPath(String path) {
        if (path.isBlank() || path.startsWith("-") || path.codePoints().anyMatch(Character::isISOControl)) {
            return null;
        }
        return Path.of(path);
    }

    /**
     * An existing file whose name has an extension, or null. Command names have no dot, so {@code overload sessions}
     * stays a command even beside a file called "sessions".
     */
    private static Path fileToOpen(String argument) {
        if (argument.startsWith("-") || argument.codePoints().anyMatch(Character::isISOControl)) {
            return null;
        }
        Path file;
        try {
            file = Path.of(argument);
        } catch (InvalidPathException e) {
            return null;
        }
        Path name = file.getFileName();
        if (name == null || name.toString().lastIndexOf('.') <= 0 || !Files.isRegularFile(file)) {
            return null;
        }
        return file;
    }
}
