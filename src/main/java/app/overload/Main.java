package app.overload;

import app.overload.cli.OverloadCommand;
import app.overload.ui.OverloadApp;

/**
 * The entry point of {@code overload.jar} and {@code mvn javafx:run}. It is not an {@code Application} itself, so
 * the jar starts on a plain class path, and headless commands never touch JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = OverloadCommand.commandLine(OverloadApp::launch).execute(args);
        System.exit(code);
    }
}
