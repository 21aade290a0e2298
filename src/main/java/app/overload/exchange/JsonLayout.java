package app.overload.exchange;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lays a JSON tree out for people: two-space indents, one line per item, and small flat objects and lists kept on
 * one line ({@code {"reps": 5, "loadKg": 100, "setKind": "working"}}), so a session's sets read like a logbook
 * page instead of running over hundreds of lines. Key order is the tree's, which is the records' declared order.
 */
final class JsonLayout {

    /** A flat object or list longer than this is written over several lines. */
    static final int LINE = 110;

    private final StringBuilder out = new StringBuilder(64 * 1024);

    private JsonLayout() {
    }

    static String layout(JsonNode root) {
        JsonLayout layout = new JsonLayout();
        layout.value(root, 0);
        return layout.out.append('\n').toString();
    }

    private void value(JsonNode node, int indent) {
        if (!node.isContainerNode()) {
            scalar(node, out);
            return;
        }
        String inline = inline(node);
        if (inline != null && inline.length() + indent <= LINE) {
            out.append(inline);
            return;
        }
        boolean object = node.isObject();
        out.append(object ? '{' : '[');
        if (object) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                newline(indent + 2);
                quote(field.getKey(), out);
                out.append(": ");
                value(field.getValue(), indent + 2);
                if (fields.hasNext()) {
                    out.append(',');
                }
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                newline(indent + 2);
                value(node.get(i), indent + 2);
                if (i + 1 < node.size()) {
                    out.append(',');
                }
            }
        }
        newline(indent);
        out.append(object ? '}' : ']');
    }

    /** The one-line form of a container with no containers inside, else null. */
    private static String inline(JsonNode node) {
        StringBuilder text = new StringBuilder();
        text.append(node.isObject() ? '{' : '[');
        boolean first = true;
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isContainerNode()) {
                    return null;
                }
                text.append(first ? "" : ", ");
                quote(field.getKey(), text);
                text.append(": ");
                scalar(field.getValue(), text);
                first = false;
            }
        } else {
            for (JsonNode item : node) {
                if (item.isContainerNode()) {
                    return null;
                }
                text.append(first ? "" : ", ");
                scalar(item, text);
                first = false;
            }
        }
        return text.append(node.isObject() ? '}' : ']').toString();
    }

    private void newline(int indent) {
        out.append('\n');
        out.append(" ".repeat(indent));
    }

    private static void scalar(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            quote(node.textValue(), text);
        } else if (node.isNumber()) {
            text.append(node.numberValue());
        } else if (node.isBoolean()) {
            text.append(node.booleanValue());
        } else {
            text.append("null");
        }
    }

    private static void quote(String value, StringBuilder text) {
        text.append('"');
        JsonStringEncoder.getInstance().quoteAsString(value, text);
        text.append('"');
    }
}
