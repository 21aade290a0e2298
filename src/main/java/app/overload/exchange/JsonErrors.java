package app.overload.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns Jackson's exceptions into messages for a person: what was expected and what was found, at which path,
 * line and column. The raw parser wording is kept only for syntax errors, where it is the most precise.
 */
final class JsonErrors {

    private JsonErrors() {
    }

    static BlockFileException translate(JsonProcessingException e, Locator locator) {
        StreamConstraintsException limit = limitIn(e);
        if (limit != null) {
            return new BlockFileException(place(e), limit(limit.getOriginalMessage()), e);
        }
        if (e instanceof JsonEOFException || firstLine(e).contains("end-of-input")) {
            return new BlockFileException(place(e), "The file ends in the middle of the JSON; it was probably cut "
                    + "short while being copied or sent.", e);
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            return new BlockFileException(place(e), "This number is too large for this field.", e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Place place = place(mismatch);
            return new BlockFileException(place, "Expected " + expected(mismatch.getTargetType()) + ", found "
                    + locator.describeValue(pathOf(mismatch)) + ".", e);
        }
        if (e instanceof JsonMappingException mapping) {
            // Jackson names its Java types in backticks; the person reading this has no use for them.
            return new BlockFileException(place(mapping), "The value cannot be read: "
                    + firstLine(e).replaceAll("`[^`]*`", "the value"), e);
        }
        String message = firstLine(e);
        if (message.startsWith("Duplicate field")) {
            return new BlockFileException(place(e), "The same field appears twice in this object ("
                    + message.replaceFirst("^Duplicate field ", "") + ").", e);
        }
        return new BlockFileException(place(e), "This is not valid JSON: " + message, e);
    }

    private static Place place(JsonMappingException e) {
        return Locator.place(pathOf(e), e.getLocation());
    }

    private static JsonPath pathOf(JsonMappingException e) {
        JsonPath path = JsonPath.ROOT;
        for (JsonMappingException.Reference ref : e.getPath()) {
            path = ref.getFieldName() != null ? path.field(ref.getFieldName()) : path.index(ref.getIndex());
        }
        return path;
    }

    /** Limits hit while binding arrive wrapped in a mapping exception. */
    private static StreamConstraintsException limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    private static Place place(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            return place(mapping);
        }
        JsonPath path = JsonPath.ROOT;
        if (e instanceof StreamReadException read && read.getProcessor() != null) {
            JsonParser parser = read.getProcessor();
            path = Locator.pathOf(parser.getParsingContext());
        }
        return Locator.place(path, e.getLocation());
    }

    private static final Map<String, String> LIMITS = Map.of(
            "nesting depth", "Objects and lists are nested deeper than " + BlockFormat.MAX_DEPTH
                    + " levels; a block file never nests that deep.",
            "String value length", "A text is longer than " + BlockFormat.MAX_STRING + " characters.",
            "Number value length", "A number has more than " + BlockFormat.MAX_NUMBER_DIGITS + " digits.",
            "Name length", "A field name is longer than " + BlockFormat.MAX_NAME + " characters.",
            "Document length", "The file is larger than " + BlockFormat.MAX_BYTES / (1024 * 1024) + " MB.");

    static String limit(String message) {
        for (Map.Entry<String, String> limit : LIMITS.entrySet()) {
            if (message != null && message.contains(limit.getKey())) {
                return limit.getValue();
            }
        }
        return "The file goes past a limit on its size or shape: " + message;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return "another kind of value";
    }

    private static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        List<String> lines = message.lines().toList();
        return lines.isEmpty() ? message : lines.get(0);
    }
}
