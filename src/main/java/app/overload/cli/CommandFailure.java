package app.overload.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import app.overload.domain.TrainingBlock;

/** A command that cannot do what was asked, with the sentence to print; exit code 1. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }

    /** A block name that matches none of the logbook's blocks, with the names there are. */
    static CommandFailure noBlockNamed(String name, Path logbook, List<TrainingBlock> blocks) {
        return new CommandFailure("No block named \"" + name.strip() + "\" in " + logbook.getFileName() + "; blocks: "
                + blocks.stream().map(b -> "\"" + b.name() + "\"").collect(Collectors.joining(", ")) + ".");
    }
}
