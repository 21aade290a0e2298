package app.overload.cli;

/**
 * The command line in a process of its own, for tests that run a command beside another one (the real jar's
 * launcher also unpacks SQLite into the user's data folder, which a test must not touch).
 */
public final class CommandChild {

    private CommandChild() {
    }

    public static void main(String[] args) {
        int code = OverloadCommand.commandLine(file -> {
            throw new IllegalStateException("The app must not open");
        }).execute(args);
        System.out.flush();
        System.exit(code);
    }
}
