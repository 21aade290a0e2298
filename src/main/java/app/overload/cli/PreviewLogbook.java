package app.overload.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import app.overload.store.Logbook;

/**
 * The logbook an import compares its file with. A dry run on a logbook file that does not exist yet must not create
 * it, so it compares with an empty logbook in a temporary folder instead, removed again on close.
 */
final class PreviewLogbook implements AutoCloseable {

    private final Logbook logbook;
    private final Path scratch;

    private PreviewLogbook(Logbook logbook, Path scratch) {
        this.logbook = logbook;
        this.scratch = scratch;
    }

    static PreviewLogbook open(Path file, boolean dryRun) {
        if (!dryRun || Files.exists(file)) {
            return new PreviewLogbook(Logbook.open(file), null);
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("overload-dry-run");
        } catch (IOException e) {
            throw new CommandFailure("Cannot make a temporary folder for the dry run: " + e.getMessage());
        }
        return new PreviewLogbook(Logbook.open(scratch.resolve("preview.db")), scratch);
    }

    Logbook logbook() {
        return logbook;
    }

    /** True when the logbook file does not exist yet: only a real import would create it. */
    boolean stillToBeCreated() {
        return scratch != null;
    }

    @Override
    public void close() {
        logbook.close();
        if (scratch == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new CommandFailure("Cannot remove the dry run's temporary folder " + scratch + ": " + e.getMessage());
        }
    }
}
