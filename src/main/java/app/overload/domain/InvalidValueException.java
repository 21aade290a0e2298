package app.overload.domain;

/**
 * A value refused by the domain, with the field it belongs to so a form can put the message next to
 * that field and a file reader can name it.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the field as a user would recognise it, such as "load" or "duration". */
    public String field() {
        return field;
    }
}
