package app.overload.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a full disk from other input/output failures, so every message about one says so. SQLite and Java report a
 * full disk in several ways (SQLITE_FULL, an I/O error growing SQLite's shared-memory file, "No space left on
 * device" from a copy); when the error alone does not say, the free space left where the file lives does.
 */
final class DiskFull {

    /** Less room than this left counts as full: SQLite and the copies write in pages and chunks bigger than that. */
    private static final long NEARLY_NOTHING = 256 * 1024;

    private DiskFull() {
    }

    /** Whether the disk holding {@code path} (or its nearest existing folder) has next to no room left. */
    static boolean nearlyFull(Path path) {
        Path existing = path == null ? null : path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return false;
        }
        try {
            return Files.getFileStore(existing).getUsableSpace() < NEARLY_NOTHING;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Whether {@code e}, met writing near {@code path}, came from a full disk. */
    static boolean causedBy(IOException e, Path path) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason != null && reason.contains("No space left") || nearlyFull(path);
    }

    /** A file operation's failure as a store failure, a full disk named as such. */
    static StoreException translate(IOException e, Path path, String doing) {
        if (causedBy(e, path)) {
            return StoreException.diskFull(doing, e);
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new StoreException(StoreException.Reason.IO, capitalised(doing) + " failed (" + reason + " at " + path
                + "); nothing was changed.", e);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
