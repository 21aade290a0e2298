package app.overload.exchange.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import app.overload.store.Logbook;

/**
 * Reads the files a user picked (folders stand for the history files inside them) and plans their import into a
 * logbook. The front ends call this, show the plan, and call {@link ImportPlan#apply}.
 */
public final class HistoryImporter {

    private static final List<String> EXTENSIONS = List.of(".csv", ".gpx", ".tcx", ".fit");
    /** A folder deeper than this is not a history export; the walk stops rather than crawl a whole disk. */
    private static final int FOLDER_DEPTH = 4;

    private final ImportOptions options;

    public HistoryImporter(ImportOptions options) {
        this.options = options;
    }

    /**
     * Reads every file and plans the import against the logbook's catalogue and sessions.
     *
     * @param progress told the share of all files read so far
     */
    public ImportPlan preview(List<Path> picked, Logbook logbook, ImportProgress progress) {
        List<ParsedHistory> parsed = readAll(picked, progress);
        progress.update(1, "Comparing with the logbook");
        return ImportPlan.of(parsed, logbook.exercises().all(), logbook.sessions()::existing);
    }

    /** Reads the files one after another; each file's problems stay with it. */
    public List<ParsedHistory> readAll(List<Path> picked, ImportProgress progress) {
        List<Path> files = expand(picked);
        HistoryFileReader reader = new HistoryFileReader(options);
        List<ParsedHistory> parsed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            int index = i;
            int count = files.size();
            parsed.add(reader.read(files.get(i), (fraction, message) -> progress.update(
                    (index + fraction) / count, message)));
        }
        return parsed;
    }

    /**
     * The files to read: files as given, folders replaced by the CSV, GPX, TCX and FIT files in them, sorted by
     * path so an import reads in a stable order.
     */
    public static List<Path> expand(List<Path> picked) {
        List<Path> result = new ArrayList<>();
        for (Path p : picked) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, FOLDER_DEPTH)) {
                    walk.filter(Files::isRegularFile).filter(HistoryImporter::looksLikeHistory).sorted()
                            .forEach(result::add);
                } catch (IOException | UncheckedIOException e) {
                    result.add(p); // the reader reports the folder as unreadable
                }
            } else {
                result.add(p);
            }
        }
        return result;
    }

    private static boolean looksLikeHistory(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
