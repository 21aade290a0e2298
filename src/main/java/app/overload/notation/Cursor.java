package app.overload.notation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.MassUnit;
import app.overload.notation.Token.Type;

/**
 * Walks the tokens of one piece of a line and reads the quantities every part of the notation shares: counts,
 * loads, distances, durations, RPE. Refusals quote the words at fault and say what was expected there.
 */
final class Cursor {

    private final String text;
    private final List<Token> tokens;
    private int at;

    Cursor(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    boolean done() {
        return at >= tokens.size();
    }

    Token peek() {
        return peek(0);
    }

    /** The token {@code ahead} places on, or a token of no type past the end. */
    Token peek(int ahead) {
        int i = at + ahead;
        if (i < tokens.size()) {
            return tokens.get(i);
        }
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Token(Type.OTHER, "", end, end);
    }

    boolean at(Type type) {
        return !done() && peek().is(type);
    }

    boolean at(int ahead, Type type) {
        return at + ahead < tokens.size() && peek(ahead).is(type);
    }

    boolean atWord(String... words) {
        return !done() && peek().isWord(words);
    }

    /** The tokens not read yet, cut at each comma; the cursor moves to the end. */
    List<List<Token>> restByComma() {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> part = new ArrayList<>();
        while (!done()) {
            Token t = next();
            if (t.is(Type.COMMA)) {
                parts.add(part);
                part = new ArrayList<>();
                part.add(t); // kept first, so an empty part can still be pointed at
            } else {
                part.add(t);
            }
        }
        parts.add(part);
        return parts;
    }

    Cursor over(List<Token> part) {
        return new Cursor(text, part);
    }

    int remaining() {
        return tokens.size() - at;
    }

    Token next() {
        return tokens.get(at++);
    }

    Token last() {
        return tokens.get(Math.max(0, at - 1));
    }

    int position() {
        return at;
    }

    void reset(int position) {
        at = position;
    }

    /** The text typed from the start of {@code from} to the end of {@code to}. */
    String source(Token from, Token to) {
        return text.substring(from.start(), Math.max(from.start(), to.end())).strip();
    }

    String text() {
        return text;
    }

    /** "`5x` — reps after the x, e.g. 5x5": the words from {@code from} to {@code to} and what they lack. */
    Refusal refuse(Token from, Token to, String expected) {
        String found = source(from, to);
        return new Refusal(from.start(), Math.max(from.start(), to.end()),
                (found.isEmpty() ? "" : "`" + found + "` — ") + expected);
    }

    Refusal refuse(Token at, String expected) {
        return refuse(at, at, expected);
    }

    /** Refuses at the current token, or after the last one when the text ended too soon. */
    Refusal refuseHere(Token since, String expected) {
        if (!done()) {
            return refuse(peek(), expected);
        }
        // Past the end "since" may be the empty place after the last token: point at the last token instead.
        Token from = tokens.isEmpty() || since.start() < last().end() ? since : last();
        return refuse(from, last(), expected);
    }

    /** The first token of this piece, read or not. */
    Token firstOfAll() {
        return tokens.isEmpty() ? peek() : tokens.get(0);
    }

    /** The last token of this piece, read or not. */
    Token lastOfAll() {
        return tokens.isEmpty() ? peek() : tokens.get(tokens.size() - 1);
    }

    /** A whole number from {@code min} to {@code max}; {@code what} names it in the message. */
    int whole(Token t, int min, int max, String what) {
        double value = t.number();
        if (value != Math.rint(value)) {
            throw refuse(t, what + " as a whole number");
        }
        if (value < min || value > max) {
            throw refuse(t, what + " from " + min + " to " + max);
        }
        return (int) value;
    }

    Optional<MassUnit> massUnit() {
        if (done()) {
            return Optional.empty();
        }
        Optional<MassUnit> unit = Words.massUnit(peek());
        unit.ifPresent(u -> at++);
        return unit;
    }

    /** True when a duration starts here: a clock, or a number with a unit of time. */
    boolean atDuration() {
        return at(Type.CLOCK) || at(Type.NUMBER) && at(1, Type.WORD) && Words.secondsPer(peek(1)) > 0;
    }

    /**
     * A clock ("40:12" is minutes and seconds, "1:30:00" hours too) or numbers with units ("45 min", "1 h 30 min",
     * "1h30", "90 s", "1.5 h"). A bare number is refused: minutes or seconds would be a guess.
     */
    Duration duration(String example) {
        Token first = peek();
        if (at(Type.CLOCK)) {
            return clock(next());
        }
        if (!at(Type.NUMBER)) {
            throw refuseHere(first, "a time such as " + example);
        }
        double seconds = 0;
        long previousUnit = 0;
        while (at(Type.NUMBER)) {
            Token number = peek();
            long unit = at(1, Type.WORD) ? Words.secondsPer(peek(1)) : 0;
            if (unit > 0) {
                next();
                next();
            } else if (previousUnit == 3600 && !at(1, Type.WORD) && number.number() < 60) {
                next();
                unit = 60; // "1h30": the minutes after the hours
            } else if (previousUnit == 0) {
                throw refuse(first, number, "a unit or a clock for the time, e.g. " + example);
            } else {
                break; // "2 h 60 km": the time ends where a distance starts
            }
            seconds += number.number() * unit;
            previousUnit = unit;
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** "40:12" as 40 min 12 s, "1:30:00" as 1 h 30 min; minutes and seconds under 60. */
    Duration clock(Token t) {
        String[] parts = t.text().split(":");
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            long value = Long.parseLong(parts[i]);
            if (i > 0 && value >= 60) {
                throw refuse(t, "minutes and seconds under 60, e.g. 1:15 or 1:02:30");
            }
            total = total * 60 + value;
        }
        return Duration.ofSeconds(total);
    }

    /** A distance with its unit: "800 m", "8 km", "5k", "3.1 mi". */
    double metres(String example) {
        Token number = peek();
        if (!at(Type.NUMBER)) {
            throw refuseHere(number, "a distance such as " + example);
        }
        next();
        double per = done() ? 0 : Words.metresPer(peek());
        if (per == 0) {
            throw refuse(number, "a unit after the distance, e.g. " + example);
        }
        next();
        return number.number() * per;
    }

    /** True when a distance with a unit starts here. */
    boolean atDistance() {
        return at(Type.NUMBER) && at(1, Type.WORD) && Words.metresPer(peek(1)) > 0;
    }

    /** An RPE from 0 to 10, halves and tenths allowed. */
    double rpe(Token since) {
        if (!at(Type.NUMBER)) {
            throw refuseHere(since, "an RPE from 0 to 10, e.g. rpe 8");
        }
        Token t = next();
        double value = t.number();
        if (value > 10) {
            throw refuse(since, t, "an RPE from 0 to 10, e.g. rpe 8");
        }
        return value;
    }
}
