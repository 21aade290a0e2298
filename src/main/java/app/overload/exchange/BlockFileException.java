package app.overload.exchange;

/**
 * A block file that cannot be read or written, with a message a person can act on. When the problem is at one
 * place in the file, {@link #place()} names it (JSON path, line and column) and the message starts with it.
 */
public final class BlockFileException extends RuntimeException {

    private final transient Place place;
    private final String reason;
    /** Set while the place still lacks its line: the reader looks the path up in the file and fills it in. */
    private transient JsonPath unlocated;

    BlockFileException(Place place, String reason, Throwable cause) {
        super(place == null ? reason : place.describe() + ": " + reason, cause);
        this.place = place;
        this.reason = reason;
    }

    BlockFileException(Place place, String reason) {
        this(place, reason, null);
    }

    /** A problem with the file as a whole: its size, its name, the disk. */
    static BlockFileException whole(String reason, Throwable cause) {
        return new BlockFileException(null, reason, cause);
    }

    /** A problem at {@code path}, whose line and column are filled in later by the reader. */
    static BlockFileException at(JsonPath path, String reason) {
        BlockFileException e = new BlockFileException(new Place(path.toString(), 0, 0), reason);
        e.unlocated = path;
        return e;
    }

    JsonPath unlocated() {
        return unlocated;
    }

    /** Where in the file, or null for a problem with the whole file. */
    public Place place() {
        return place;
    }

    /** The message without the place. */
    public String reason() {
        return reason;
    }

    BlockFileException locatedAt(Place located) {
        BlockFileException copy = new BlockFileException(located, reason, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
