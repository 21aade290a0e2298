package app.overload.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file an export writes: never through a symbolic link (a dangling one would write somewhere unexpected), and
 * an existing file only when the user said {@code --replace}, as {@code backup --to} does.
 */
final class OutFile {

    private OutFile() {
    }

    static void check(Path out, boolean replace) {
        if (Files.isSymbolicLink(out)) {
            throw new CommandFailure(out + " is a symbolic link; name the file itself. Nothing was written.");
        }
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandFailure(out + " is a folder; name a file to write. Nothing was written.");
        }
        if (!replace && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandFailure(out + " already exists; choose a new file name, or add --replace.");
        }
    }
}
