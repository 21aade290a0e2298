package app.overload.exchange.fit;

/**
 * Bytes that are not a sound FIT file: cut short, a checksum that does not match, a header of the wrong size, a
 * message that runs past the end. Names the byte (counted from 0 at the start of the file) where reading stopped.
 */
public final class FitFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long position;
    private final String reason;

    public FitFormatException(long position, String reason) {
        super("at byte " + position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** The byte, from 0, where the damage was found. */
    public long position() {
        return position;
    }

    /** What is wrong there, as a sentence without the position. */
    public String reason() {
        return reason;
    }
}
