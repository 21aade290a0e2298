package app.overload.ui.log;

import java.util.LinkedHashMap;
import java.util.Map;

import app.overload.ui.Field;

/**
 * The draft's text format: a version line, then one {@code key=value} per line, values escaped so that notes with
 * line breaks stay on one line. Small, readable in a database browser, and owned here so the store only keeps text.
 */
final class DraftText {

    static final String HEADER = "overload-draft 1";

    private DraftText() {
    }

    /** Collects keys and values in order. */
    static final class Writer {
        private final Map<String, String> values = new LinkedHashMap<>();

        Writer put(String key, String value) {
            if (value != null && !value.isEmpty()) {
                values.put(key, value);
            }
            return this;
        }

        Writer put(String key, Field field) {
            return put(key, field.text());
        }

        String text() {
            StringBuilder out = new StringBuilder(HEADER).append('\n');
            values.forEach((k, v) -> out.append(k).append('=').append(escape(v)).append('\n'));
            return out.toString();
        }
    }

    /** Reads a draft back; missing keys read as empty. */
    static final class Reader {
        private final Map<String, String> values = new LinkedHashMap<>();

        Reader(String text) {
            String[] lines = text.split("\n");
            if (lines.length == 0 || !lines[0].equals(HEADER)) {
                throw new IllegalArgumentException("Not a draft of this version of Overload.");
            }
            for (int i = 1; i < lines.length; i++) {
                int eq = lines[i].indexOf('=');
                if (eq > 0) {
                    values.put(lines[i].substring(0, eq), unescape(lines[i].substring(eq + 1)));
                }
            }
        }

        String get(String key) {
            return values.getOrDefault(key, "");
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        void into(String key, Field field) {
            field.set(get(key));
        }

        /** How many numbered children {@code prefix.0}, {@code prefix.1}… have a key {@code child}. */
        int count(String prefix, String child) {
            int n = 0;
            while (values.containsKey(prefix + "." + n + "." + child)) {
                n++;
            }
            return n;
        }
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
