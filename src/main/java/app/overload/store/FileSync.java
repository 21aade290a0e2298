package app.overload.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Getting whole files onto the disk: a file is synced before it is renamed into place, the rename is atomic, and
 * the folder is synced after, so a power cut leaves either the old name's file or the new one, complete.
 */
final class FileSync {

    private FileSync() {
    }

    /** Flushes {@code file}'s bytes to the disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Flushes a folder's entries (a rename, a deletion) to the disk. Some systems (Windows) cannot open a folder
     * for this; their renames are durable by other means, so there it does nothing.
     */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible here; nothing more to do.
        }
    }

    /** Renames {@code from} to {@code to} in one step, replacing what is there, and syncs the folder. */
    static void replace(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(to.toAbsolutePath().getParent());
    }

    /** Deletes {@code file} and the files SQLite may have left beside it. */
    static void deleteWithCompanions(Path file) throws IOException {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
