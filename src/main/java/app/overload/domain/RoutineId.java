package app.overload.domain;

import java.util.UUID;

/** Stable identity of a routine, the same in every logbook and file it travels to. */
public record RoutineId(UUID value) {

    public RoutineId {
        Checks.required(value, "Routine id");
    }

    public static RoutineId random() {
        return new RoutineId(UUID.randomUUID());
    }

    public static RoutineId parse(String text) {
        try {
            return new RoutineId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "Not a valid id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
