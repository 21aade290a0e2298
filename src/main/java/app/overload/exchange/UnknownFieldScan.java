package app.overload.exchange;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds the fields of a block file that {@link BlockDocument} has no place for, each with its path and the line and
 * column of its name. Binding cannot say where they are: Jackson holds a record's unknown fields back until the
 * record is built and then replays them from a buffer whose parser contexts no longer match the file. So the reader
 * only notes that there were some, and this pass, run only then, walks the file beside the records instead.
 */
final class UnknownFieldScan {

    /** A field that was ignored, at the place where its name is written. */
    record Found(String name, Place place) {
    }

    /** The records' component names are the file's field names; no record of the format renames one. */
    private static final ClassValue<Map<String, Type>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
            Map<String, Type> fields = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getGenericType());
            }
            return fields;
        }
    };

    private final List<Found> found = new ArrayList<>();
    /** The first null met where the format has a field or a list item, which a block file never holds. */
    private JsonPath firstNull;

    private UnknownFieldScan() {
    }

    /**
     * Where the file first writes {@code null} for a field the format knows or for a list item, if it does. A null
     * inside an unknown field is left to the warning about that field.
     */
    static Optional<JsonPath> firstNull(byte[] bytes) throws IOException {
        UnknownFieldScan scan = new UnknownFieldScan();
        try (JsonParser parser = BlockFormat.factory().createParser(bytes)) {
            parser.nextToken();
            scan.value(parser, BlockDocument.class, JsonPath.ROOT);
        }
        return Optional.ofNullable(scan.firstNull);
    }

    /** The unknown fields of a file that has already been bound, in the order they are written. */
    static List<Found> scan(byte[] bytes) throws IOException {
        UnknownFieldScan scan = new UnknownFieldScan();
        try (JsonParser parser = BlockFormat.factory().createParser(bytes)) {
            parser.nextToken();
            scan.value(parser, BlockDocument.class, JsonPath.ROOT);
        }
        return scan.found;
    }

    /** Walks the value the parser is at, expected to be of {@code type}, and leaves the parser on its last token. */
    private void value(JsonParser parser, Type type, JsonPath at) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL && firstNull == null) {
            firstNull = at;
        }
        if (token == JsonToken.START_OBJECT && type instanceof Class<?> c && c.isRecord()) {
            object(parser, FIELDS.get(c), at);
        } else if (token == JsonToken.START_ARRAY && type instanceof ParameterizedType list
                && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                value(parser, element, at.index(i));
            }
        } else {
            // A scalar or null: nothing in it can be an unknown field.
            parser.skipChildren();
        }
    }

    private void object(JsonParser parser, Map<String, Type> fields, JsonPath at) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonPath path = at.field(name);
            Place place = Locator.place(path, parser.currentTokenLocation());
            parser.nextToken();
            Type type = fields.get(name);
            if (type == null) {
                found.add(new Found(name, place));
                parser.skipChildren();
            } else {
                value(parser, type, path);
            }
        }
    }
}
