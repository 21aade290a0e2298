package app.overload.store;

import java.sql.SQLException;

/**
 * A failure of the logbook file, with a message a user can act on and a reason the UI can branch on (offer a
 * restore for a damaged file, a retry when busy).
 */
public final class StoreException extends RuntimeException {

    /** What went wrong, coarsely enough to choose what to offer the user. */
    public enum Reason {
        NOT_A_LOGBOOK, DAMAGED, NEWER_VERSION, BUSY, READ_ONLY, DISK_FULL, CANNOT_OPEN, CONFLICT, IO
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

    /** Translates an SQLite error into a message about the logbook, naming what was being done. */
    public static StoreException from(SQLException e, String doing) {
        int code = e.getErrorCode() & 0xff; // primary result code; extended codes keep it in the low byte
        return switch (code) {
            case 5, 6 -> new StoreException(Reason.BUSY,
                    "The logbook is busy (another Overload window or command is writing to it) while " + doing
                            + ". Try again in a moment.", e);
            case 8 -> new StoreException(Reason.READ_ONLY,
                    "The logbook is read-only, so " + doing + " was not possible. Check the file's permissions.", e);
            case 13 -> new StoreException(Reason.DISK_FULL,
                    "The disk is full, so " + doing + " was not saved. Free some space and try again; nothing was"
                            + " changed.", e);
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
