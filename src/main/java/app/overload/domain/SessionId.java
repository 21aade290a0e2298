package app.overload.domain;

import java.util.UUID;

/** Stable identity of a session, the same in every database and file it travels to. */
public record SessionId(UUID value) {

    public SessionId {
        Checks.required(value, "Session id");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    public static SessionId parse(String text) {
        try {
            return new SessionId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "Not a valid id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
