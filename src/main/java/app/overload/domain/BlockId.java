package app.overload.domain;

import java.util.UUID;

/** Stable identity of a training block, the same in every database and file it travels to. */
public record BlockId(UUID value) {

    public BlockId {
        Checks.required(value, "Block id");
    }

    public static BlockId random() {
        return new BlockId(UUID.randomUUID());
    }

    public static BlockId parse(String text) {
        try {
            return new BlockId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "Not a valid id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
