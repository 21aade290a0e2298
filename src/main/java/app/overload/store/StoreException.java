package app.overload.store;

import java.nio.file.Path;
import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A failure of the logbook file, with a message a user can act on and a reason the UI can branch on (offer a
 * restore for a damaged file, a retry when busy).
 */
public final class StoreException extends RuntimeException {

    /** What went wrong, coarsely enough to choose what to offer the user. */
    public enum Reason {
        NOT_A_LOGBOOK, DAMAGED, NEWER_VERSION, BUSY, READ_ONLY, DISK_FULL, CANNOT_OPEN, CONFLICT, IO,
        /** A file of 0 bytes where a logbook was expected: never silently made a new logbook. */
        EMPTY_FILE
    }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Translates an SQLite error into a message about the logbook, naming what was being done. An I/O error on a
     * disk with (almost) no room left near {@code near} is called what it is: a full disk.
     */
    public static StoreException from(SQLException e, String doing, Path near) {
        StoreException translated = from(e, doing);
        boolean io = translated.reason == Reason.IO || translated.reason == Reason.CANNOT_OPEN;
        return io && DiskFull.nearlyFull(near) ? diskFull(doing, e) : translated;
    }

    /** The one sentence for a full disk, wherever it is met. */
    public static StoreException diskFull(String doing, Throwable cause) {
        return new StoreException(Reason.DISK_FULL, "The disk is full, so " + doing + " did not complete. Free some "
                + "space and try again; nothing was changed.", cause);
    }

    /** Translates an SQLite error into a message about the logbook, naming what was being done. */
    public static StoreException from(SQLException e, String doing) {
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE) {
            // SQLite could not grow its shared-memory file beside the logbook: on a full disk, and only there.
            return diskFull(doing, e);
        }
        int code = e.getErrorCode() & 0xff; // primary result code; extended codes keep it in the low byte
        return switch (code) {
            case 5, 6 -> new StoreException(Reason.BUSY,
                    "The logbook is busy (another Overload window or command is writing to it) while " + doing
                            + ". Try again in a moment.", e);
            case 8 -> new StoreException(Reason.READ_ONLY,
                    "The logbook is read-only, so " + doing + " was not possible. Check the file's permissions.", e);
            case 13 -> diskFull(doing, e);
            case 11, 26 -> new StoreException(Reason.DAMAGED,
                    "The logbook file is damaged (" + doing + " failed). Restore it from a backup.", e);
            case 14 -> new StoreException(Reason.CANNOT_OPEN,
                    "The logbook file cannot be opened while " + doing + ". Check that the folder exists and is"
                            + " writable.", e);
            case 19 -> new StoreException(Reason.CONFLICT,
                    "That change conflicts with data already in the logbook (" + doing + "): "
                            + constraint(e.getMessage()), e);
            default -> new StoreException(Reason.IO, "The logbook could not complete " + doing + ": "
                    + e.getMessage(), e);
        };
    }

    private static String constraint(String message) {
        return message == null ? "constraint failed" : message.replaceFirst("^\\[SQLITE_CONSTRAINT[^]]*]\\s*", "");
    }
}
