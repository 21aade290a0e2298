package app.overload.notation;

import java.util.Map;

import app.overload.domain.Purpose;
import app.overload.notation.Token.Type;

/** Finds a purpose phrase ("heavy strength", "long run", "tempo / threshold", "easy") at the cursor. */
final class Purposes {

    record Match(Purpose purpose, Token first, Token last) {
    }

    private Purposes() {
    }

    /** The longest purpose phrase starting at the cursor, consumed; null (and nothing consumed) when none. */
    static Match at(Cursor in) {
        Purpose best = null;
        int bestLength = 0;
        for (Map.Entry<String, Purpose> phrase : Words.purposes().entrySet()) {
            String[] words = phrase.getKey().split(" ");
            if (words.length > bestLength && matches(in, words)) {
                best = phrase.getValue();
                bestLength = words.length;
            }
        }
        if (best == null) {
            return null;
        }
        Token first = in.peek();
        for (int i = 0; i < bestLength; i++) {
            in.next();
        }
        return new Match(best, first, in.last());
    }

    private static boolean matches(Cursor in, String[] words) {
        if (in.remaining() < words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            Token t = in.peek(i);
            boolean same = words[i].equals("/") ? t.is(Type.SLASH) : t.isWord(words[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
