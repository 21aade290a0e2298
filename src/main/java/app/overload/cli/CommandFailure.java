package app.overload.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A command that cannot do what was asked, with the sentence to print; exit code 1. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }

    /** A block name that matches none of the logbook's blocks, with the names there are. */
    static CommandFailure noBlockNamed(String name, Path logbook, List<String> names) {
        String choices = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
        return new CommandFailure("There is no block called \"" + name.strip() + "\" in " + logbook.getFileName() + "."
                + (choices.isEmpty() ? " It has no blocks yet." : " Its blocks: " + choices + "."));
    }
}
