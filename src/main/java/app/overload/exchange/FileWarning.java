package app.overload.exchange;

/** Something in a block file that was read anyway, such as a field this version does not know. */
public record FileWarning(Place place, String message) {

    public FileWarning {
        if (place == null || message == null) {
            throw new IllegalArgumentException("A warning needs a place and a message.");
        }
    }

    public String describe() {
        return place.describe() + ": " + message;
    }
}
