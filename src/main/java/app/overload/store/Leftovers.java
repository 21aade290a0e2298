package app.overload.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a killed backup or restore leaves: a copy under a temporary name ({@code <name>.<process>.partial}) and a
 * replacement that was never swapped in ({@code overload.db.restoring}), each with whatever SQLite left beside it.
 * No temporary name is ever listed as a backup; these are removed as soon as it is safe to: a partial copy once the
 * process that wrote it is gone, a replacement once no restore can be running (under the logbook's lock).
 */
final class Leftovers {

    private static final Pattern PARTIAL = Pattern.compile(".+\\.(\\d+)\\.partial(-journal|-wal|-shm)?");

    private Leftovers() {
    }

    /** The temporary name a copy to {@code target} is written under by this process. */
    static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    }

    /** Where a restore builds the replacement, beside the logbook, so that one rename puts it in place. */
    static Path restoringOf(Path logbook) {
        return logbook.resolveSibling(logbook.getFileName() + ".restoring");
    }

    /** Removes the leftovers of the logbook's restores and backups. Call only while holding the logbook's lock. */
    static void clean(Path logbook) {
        try {
            FileSync.deleteWithCompanions(restoringOf(logbook));
        } catch (IOException e) {
            // Disk space, not data: the next opening tries again.
        }
        cleanPartials(Database.backupsFolder(logbook), null);
    }

    /**
     * Removes the partial copies in {@code folder} (only those of {@code target} when given) whose writer is no
     * longer running. A process that is still running may be writing one right now.
     */
    static void cleanPartials(Path folder, Path target) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = target == null ? "" : target.getFileName() + ".";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                Matcher m = PARTIAL.matcher(name);
                if (m.matches() && name.startsWith(prefix) && !running(Long.parseLong(m.group(1)))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Disk space, not data: the next opening tries again.
        }
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
