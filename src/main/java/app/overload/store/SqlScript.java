package app.overload.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements. JDBC runs one statement at a time, so the splitter honours quoted
 * text, comments, and BEGIN/CASE … END (trigger bodies), where semicolons do not end the statement.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end + 1;
                current.append('\n');
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = closingQuote(script, i, c);
                current.append(script, i, end + 1);
                i = end + 1;
                continue;
            }
            if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(script.charAt(i - 1)))) {
                int end = i;
                while (end < script.length() && Character.isLetterOrDigit(script.charAt(end))) {
                    end++;
                }
                String word = script.substring(i, end);
                if (word.equalsIgnoreCase("BEGIN") || word.equalsIgnoreCase("CASE")) {
                    depth++;
                } else if (word.equalsIgnoreCase("END") && depth > 0) {
                    depth--;
                }
                current.append(word);
                i = end;
                continue;
            }
            if (c == ';' && depth == 0) {
                add(result, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
            i++;
        }
        add(result, current);
        return result;
    }

    private static int closingQuote(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("Unterminated quote in migration script");
    }

    private static void add(List<String> result, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            result.add(text);
        }
    }
}
