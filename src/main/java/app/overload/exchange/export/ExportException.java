package app.overload.exchange.export;

/**
 * An export that could not be written: a folder that cannot be created, a full disk, a file that is not allowed. The
 * message names the file and says what went wrong in words a user can act on; the file is left as it was.
 */
public final class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
