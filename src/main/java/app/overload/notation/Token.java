package app.overload.notation;

import java.util.Locale;

/**
 * One word, number or sign of a line of notation, with where it stands in the text (offsets into the whole input,
 * so a message can underline it).
 *
 * @param text the text as typed; for {@link Type#QUOTED} the words inside the quotes, for {@link Type#NOTES} the
 *             note after the hash
 */
record Token(Type type, String text, int start, int end) {

    enum Type {
        WORD, NUMBER, CLOCK, DATE, QUOTED, NOTES,
        /** x, × or * between two numbers. */
        TIMES,
        AT, COMMA, PLUS,
        /** Between two entries: ·, •, ;, | or a line break inside a paragraph. */
        SEP,
        COLON, SLASH, LPAREN, RPAREN, DASH,
        /** Anything else, which no rule takes. */
        OTHER
    }

    boolean is(Type wanted) {
        return type == wanted;
    }

    /** True for a word equal to one of {@code words}, ignoring case. */
    boolean isWord(String... words) {
        if (type != Type.WORD) {
            return false;
        }
        String lower = lower();
        for (String w : words) {
            if (lower.equals(w)) {
                return true;
            }
        }
        return false;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    double number() {
        return Double.parseDouble(text);
    }
}
