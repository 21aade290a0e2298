package app.overload.exchange.history;

import java.util.Objects;

/**
 * A row, point or whole file that could not be used, with where it is and why. The position reads like
 * "line 12" or "point 340" or is empty when the problem concerns the whole file.
 */
public record Problem(String file, String position, String reason) {

    public Problem {
        Objects.requireNonNull(file, "file");
        position = position == null ? "" : position;
        Objects.requireNonNull(reason, "reason");
    }

    public static Problem atLine(String file, long line, String reason) {
        return new Problem(file, "line " + line, reason);
    }

    public static Problem wholeFile(String file, String reason) {
        return new Problem(file, "", reason);
    }

    /** {@code file:line: reason}, the form compilers use, so editors and people can jump to it. */
    @Override
    public String toString() {
        return position.isEmpty() ? file + ": " + reason : file + ":" + position + ": " + reason;
    }
}
