package app.overload.domain;

import java.util.UUID;

/** Stable identity of a planned session, the same in every database and file it travels to. */
public record PlannedSessionId(UUID value) {

    public PlannedSessionId {
        Checks.required(value, "planned session id");
    }

    public static PlannedSessionId random() {
        return new PlannedSessionId(UUID.randomUUID());
    }

    public static PlannedSessionId parse(String text) {
        try {
            return new PlannedSessionId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "Not a valid id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
