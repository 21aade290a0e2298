package app.overload.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import app.overload.domain.Distance;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.Rpe;

/**
 * Turns the plain values of a block file into domain values, one JSON path at a time, so that every refusal (a
 * missing field, a bad date, a domain rule) names the place in the file it came from.
 */
final class Values {

    private Values() {
    }

    static <T> T required(T value, JsonPath at) {
        if (value == null) {
            throw BlockFileException.at(at, "This field is required.");
        }
        return value;
    }

    /**
     * Runs a domain constructor; its {@link InvalidValueException} becomes a problem at the JSON key that holds the
     * refused field. {@code fieldKeys} pairs the domain's field names with this object's keys ("set kind",
     * "setKind", ...); a field not listed is reported at the object itself.
     */
    static <T> T build(JsonPath at, Supplier<T> constructor, String... fieldKeys) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            JsonPath where = at;
            for (int i = 0; i + 1 < fieldKeys.length; i += 2) {
                if (fieldKeys[i].equals(e.field())) {
                    where = at.field(fieldKeys[i + 1]);
                    break;
                }
            }
            throw BlockFileException.at(where, e.getMessage());
        }
    }

    /** Maps a list item by item; a missing list is empty, a null item is refused at its index. */
    static <D, T> List<T> list(List<D> items, JsonPath at, BiFunction<D, JsonPath, T> map) {
        if (items == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonPath itemPath = at.index(i);
            D item = items.get(i);
            if (item == null) {
                throw BlockFileException.at(itemPath, "A list item is null; remove it or give its value.");
            }
            result.add(map.apply(item, itemPath));
        }
        return result;
    }

    static String text(String value, JsonPath at) {
        return required(value, at);
    }

    static int integer(Integer value, JsonPath at) {
        return required(value, at);
    }

    static double number(Double value, JsonPath at) {
        return required(value, at);
    }

    static UUID uuid(String value, JsonPath at) {
        required(value, at);
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString accepts short forms such as "1-2-3-4-5"; ids in files are always written in full.
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw BlockFileException.at(at, "\"" + quoted(value) + "\" is not an id; ids are UUIDs such as "
                    + "\"3f2b6c1e-8a4d-4c2e-9b7a-0d5e6f708192\".");
        }
    }

    static LocalDate date(String value, JsonPath at) {
        required(value, at);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw BlockFileException.at(at, "\"" + quoted(value) + "\" is not a date; write it as YYYY-MM-DD.");
        }
    }

    static LocalDateTime dateTime(String value, JsonPath at) {
        required(value, at);
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw BlockFileException.at(at, "\"" + quoted(value)
                    + "\" is not a local date and time; write it as YYYY-MM-DDTHH:MM:SS.");
        }
    }

    /** An enum value written in lower case with dashes ("horizontal-push"). */
    static <E extends Enum<E>> E choice(String value, Class<E> type, JsonPath at, String what) {
        required(value, at);
        Object constant = Kebab.BY_NAME.get(type).get(value);
        if (constant != null) {
            return type.cast(constant);
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Kebab::of).collect(Collectors.joining(", "));
        throw BlockFileException.at(at, "\"" + quoted(value) + "\" is not a " + what + "; use one of " + allowed
                + ".");
    }

    static Mass mass(Double kilograms, JsonPath at) {
        double value = number(kilograms, at);
        return build(at, () -> Mass.kilograms(value));
    }

    static Distance distance(Double metres, JsonPath at) {
        double value = number(metres, at);
        return build(at, () -> Distance.metres(value));
    }

    static Distance optionalDistance(Double metres, JsonPath at) {
        return metres == null ? null : distance(metres, at);
    }

    /** Seconds, kept to the millisecond as the domain keeps them; a finer value is rounded with a warning. */
    static Duration seconds(Double seconds, JsonPath at, Warnings warnings) {
        double value = number(seconds, at);
        warnings.milliseconds(seconds, at);
        // Math.round saturates, so absurd values stay absurd (and are refused by the domain) instead of wrapping.
        return Duration.ofMillis(Math.round(value * 1000));
    }

    static Duration optionalSeconds(Double seconds, JsonPath at, Warnings warnings) {
        return seconds == null ? null : seconds(seconds, at, warnings);
    }

    static Rpe optionalRpe(Double value, JsonPath at) {
        return value == null ? null : build(at, () -> Rpe.of(value));
    }

    /** Text from the file, cut short and without control characters, fit to quote in a message. */
    static String quoted(String value) {
        String visible = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }

    /** How enum values are written in the file: lower case, words joined by dashes. */
    static final class Kebab {
        /** Each enum's constants by their written name; a file names thousands of set kinds and purposes. */
        static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> byName = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    byName.put(of((Enum<?>) constant), constant);
                }
                return Map.copyOf(byName);
            }
        };

        private Kebab() {
        }

        static String of(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
