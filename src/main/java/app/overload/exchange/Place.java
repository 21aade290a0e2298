package app.overload.exchange;

/**
 * A place in a block file: the JSON path of a value and, when known, the line and column (from 1) where it starts.
 *
 * @param line 0 when not known
 */
public record Place(String path, int line, int column) {

    public Place {
        if (path == null || path.isEmpty()) {
            path = "$";
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("Line and column count from 1; 0 means unknown.");
        }
    }

    /** "$.plan[3].week (line 40, column 17)", or the path alone when the line is not known. */
    public String describe() {
        return line == 0 ? path : path + " (line " + line + ", column " + column + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
