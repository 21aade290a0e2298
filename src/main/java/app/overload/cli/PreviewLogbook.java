package app.overload.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import app.overload.store.Logbook;

/**
 * The logbook an import compares its file with. A real import opens it to write, holding its lock; a dry run opens
 * it only to look, so it writes, creates, copies and migrates nothing: a logbook file that does not exist yet reads
 * as an empty one, and one in an older format as its upgraded contents, both in memory.
 */
final class PreviewLogbook implements AutoCloseable {

    private final Logbook logbook;
    private final boolean stillToBeCreated;

    private PreviewLogbook(Logbook logbook, boolean stillToBeCreated) {
        this.logbook = logbook;
        this.stillToBeCreated = stillToBeCreated;
    }

    static PreviewLogbook open(Path file, boolean dryRun, String command) {
        if (dryRun) {
            return new PreviewLogbook(Logbook.openToRead(file), !Files.exists(file));
        }
        return new PreviewLogbook(Logbook.openToWrite(file, command), false);
    }

    Logbook logbook() {
        return logbook;
    }

    /** True when the logbook file does not exist yet: only a real import would create it. */
    boolean stillToBeCreated() {
        return stillToBeCreated;
    }

    @Override
    public void close() {
        logbook.close();
    }
}
