package app.overload.exchange;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;

/**
 * Finds the line and column of a JSON path in the file's bytes. Binding into records forgets where values were,
 * so the reader asks here, only when it has something to report: the happy path pays nothing.
 */
final class Locator {

    private final byte[] bytes;

    Locator(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Where {@code path} starts; a value that is missing is placed at the nearest enclosing one that exists. */
    Place place(JsonPath path) {
        for (JsonPath p = path; ; p = p.parent()) {
            JsonLocation found = find(p);
            if (found != null) {
                return place(path, found);
            }
            if (p.isRoot()) {
                return new Place(path.toString(), 0, 0);
            }
        }
    }

    /** What the value at {@code path} is, for "expected a number, found the text "heavy"". */
    String describeValue(JsonPath path) {
        try (JsonParser base = BlockFormat.factory().createParser(bytes);
             JsonParser filtered = new FilteringParserDelegate(base, new JsonPointerBasedFilter(path.pointer()),
                     TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
            JsonToken token = filtered.nextToken();
            if (token == JsonToken.VALUE_STRING) {
                return "the text \"" + Values.quoted(filtered.getText()) + "\"";
            }
            return token == null ? "something else" : FormatHeader.describe(token);
        } catch (IOException | RuntimeException e) {
            return "something else";
        }
    }

    static Place place(JsonPath path, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new Place(path.toString(), 0, 0);
        }
        return new Place(path.toString(), location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private JsonLocation find(JsonPath path) {
        try (JsonParser base = BlockFormat.factory().createParser(bytes);
             JsonParser filtered = new FilteringParserDelegate(base, new JsonPointerBasedFilter(path.pointer()),
                     TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
            return filtered.nextToken() == null ? null : base.currentTokenLocation();
        } catch (IOException | RuntimeException e) {
            // The value sits after a syntax error or past a limit: no line to give, the path still says where.
            return null;
        }
    }

    /** The path of the value a streaming parser is at, from its nesting contexts. */
    static JsonPath pathOf(JsonStreamContext context) {
        Deque<Object> steps = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                if (c.getCurrentName() != null) {
                    steps.addFirst(c.getCurrentName());
                }
            } else if (c.inArray()) {
                steps.addFirst(Math.max(0, c.getCurrentIndex()));
            }
        }
        return JsonPath.of(steps);
    }
}
