package app.overload.notation;

import java.util.ArrayList;
import java.util.List;

import app.overload.notation.Token.Type;

/**
 * Cuts a session's text into tokens. Numbers and words are split where a digit meets a letter, so "5x5", "100kg",
 * "5k" and "rpe8" read like "5 x 5", "100 kg", "5 k" and "rpe 8". A decimal point is always a dot: the comma
 * separates sets.
 */
final class Lexer {

    private final String text;
    private final int end;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private Lexer(String text, int from, int to) {
        this.text = text;
        this.at = from;
        this.end = to;
    }

    /** The tokens of {@code text} between {@code from} and {@code to}; offsets stay those of the whole text. */
    static List<Token> lex(String text, int from, int to) {
        Lexer lexer = new Lexer(text, from, to);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (at < end) {
            char c = text.charAt(at);
            if (c == '\n') {
                add(Type.SEP, at, at + 1);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                at++;
            } else if (c == '#') {
                notes();
            } else if (isDigit(c)) {
                number();
            } else if (Character.isLetter(c)) {
                word();
            } else if (c == '"' || c == '“' || c == '”' || c == '„') {
                quoted();
            } else {
                sign(c);
            }
        }
    }

    private void sign(char c) {
        Type type = switch (c) {
            case '×', '*' -> Type.TIMES;
            case '@' -> Type.AT;
            case ',' -> Type.COMMA;
            case '+' -> Type.PLUS;
            case '·', '•', ';', '|' -> Type.SEP;
            case ':' -> Type.COLON;
            case '/' -> Type.SLASH;
            case '(', '[' -> Type.LPAREN;
            case ')', ']' -> Type.RPAREN;
            case '-', '–', '—' -> Type.DASH;
            default -> Type.OTHER;
        };
        int width = Character.charCount(text.codePointAt(at));
        add(type, at, at + width);
    }

    private void notes() {
        int stop = at + 1;
        while (stop < end && text.charAt(stop) != '\n') {
            stop++;
        }
        tokens.add(new Token(Type.NOTES, text.substring(at + 1, stop).strip(), at, stop));
        at = stop;
    }

    private void number() {
        int start = at;
        if (matches(start, "dddd-dd-dd") && !isAlnum(start + 10)) {
            add(Type.DATE, start, start + 10);
            return;
        }
        int stop = digits(start);
        if (stop < end && text.charAt(stop) == ':' && stop - start <= 3 && digitsAt(stop + 1) == 2) {
            stop += 3;
            if (stop < end && text.charAt(stop) == ':' && digitsAt(stop + 1) == 2) {
                stop += 3;
            }
            if (!isDigit(stop)) {
                add(Type.CLOCK, start, stop);
                return;
            }
            stop = digits(start);
        }
        if (stop + 1 < end && text.charAt(stop) == '.' && isDigit(text.charAt(stop + 1))) {
            stop = digits(stop + 1);
        }
        add(Type.NUMBER, start, stop);
    }

    private void word() {
        int start = at;
        int stop = start;
        while (stop < end) {
            char c = text.charAt(stop);
            if (Character.isLetter(c)) {
                stop++;
            } else if ((c == '-' || c == '\'' || c == '’') && stop > start && stop + 1 < end
                    && Character.isLetter(text.charAt(stop + 1))) {
                stop += 2;
            } else {
                break;
            }
        }
        String word = text.substring(start, stop);
        // "x" between numbers, as in "5x5" or "5 x 5"; a word such as "xylophone" stays a word.
        add(word.equalsIgnoreCase("x") ? Type.TIMES : Type.WORD, start, stop);
    }

    private void quoted() {
        int start = at;
        StringBuilder inside = new StringBuilder();
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < end) {
                inside.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '"' || c == '”' || c == '\n') {
                break;
            }
            inside.append(c);
            i++;
        }
        if (i >= end || text.charAt(i) == '\n') {
            String typed = text.substring(start, i).strip();
            throw new Refusal(start, i, "`" + typed + "` — a closing quote after the name");
        }
        tokens.add(new Token(Type.QUOTED, inside.toString().strip(), start, i + 1));
        at = i + 1;
    }

    private void add(Type type, int start, int stop) {
        tokens.add(new Token(type, text.substring(start, stop), start, stop));
        at = stop;
    }

    private int digits(int from) {
        int i = from;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int digitsAt(int from) {
        return from >= end ? 0 : digits(from) - from;
    }

    private boolean matches(int from, String shape) {
        if (from + shape.length() > end) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = text.charAt(from + i);
            if (shape.charAt(i) == 'd' ? !isDigit(c) : c != shape.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean isAlnum(int index) {
        return index < end && Character.isLetterOrDigit(text.charAt(index));
    }

    private boolean isDigit(int index) {
        return index < end && isDigit(text.charAt(index));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
