package app.overload.cli;

/** A command that cannot do what was asked, with the sentence to print; exit code 1. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
