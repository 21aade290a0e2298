package app.overload.exchange;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Edits a good block file at a JSON pointer and lays it out again, the way a person or a bug would break it. */
final class Damage {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private Damage(ObjectNode root) {
        this.root = root;
    }

    static Damage of(String json) {
        try {
            return new Damage((ObjectNode) JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at {@code pointer} (such as "/plan/3/week"), adding the field when missing. */
    Damage set(String pointer, Object value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        JsonNode node = value instanceof JsonNode n ? n : JSON.valueToTree(value);
        if (parent instanceof ObjectNode o) {
            o.set(at.last().getMatchingProperty(), node);
        } else if (parent instanceof ArrayNode a) {
            a.set(at.last().getMatchingIndex(), node);
        } else {
            throw new IllegalArgumentException("No container at " + at.head());
        }
        return this;
    }

    /** Sets raw JSON text at {@code pointer}: "{}", "[1]", "\"text\"". */
    Damage setJson(String pointer, String json) {
        try {
            return set(pointer, JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    Damage remove(String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ObjectNode o) {
            o.remove(at.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode a) {
            a.remove(at.last().getMatchingIndex());
        }
        return this;
    }

    String json() {
        return JsonLayout.layout(root);
    }

    byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }
}
