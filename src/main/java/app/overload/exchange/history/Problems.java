package app.overload.exchange.history;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wording shared by the readers, so every message reads as one sentence a person can act on. */
final class Problems {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Problems() {
    }

    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Unreadable.";
        }
        String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") || s.endsWith(")") ? s : s + ".";
    }

    /**
     * A file whose structure broke (an unclosed quote, cut-off XML): what came before it is kept, except the session
     * the break falls in. That one goes whole: its id comes from its start, so a part of it, once imported, would
     * stop the whole session from being imported from a sound copy of the file.
     *
     * @param whatIsWrong what broke, in plain words ("a quoted cell is opened and never closed")
     * @param lostSession where the break fell, as {@link #session} says it, or null when it fell between sessions
     */
    static Problem damagedAfter(String file, long lastGoodLine, String whatIsWrong, String lostSession) {
        String damage = "The file is damaged here and was read no further (" + whatIsWrong + ")";
        return Problem.atLine(file, lastGoodLine + 1, lostSession == null ? damage + "."
                : damage + "; it ends " + lostSession + ", which was not imported.");
    }

    /** What broke a CSV, in words that need no parser: nearly always a quote opened and never closed. */
    static String csvDamage(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("quote")) {
            return "a quoted cell is opened and never closed";
        }
        if (message.contains("end-of-input") || message.contains("eof")) {
            return "it ends in the middle of a row";
        }
        return "the rest is not readable as rows of cells";
    }

    /** A CSV whose last row stops short of its last column: the file was cut off while that row was written. */
    static Problem endsMidRow(String file, long line, String lostSession) {
        return Problem.atLine(file, line, "The file ends in the middle of this row" + (lostSession == null
                ? ", which was left out." : ", " + lostSession + "; that session was not imported."));
    }

    /**
     * Names the session a break fell in, for the two sentences above: "inside the session started 2025-03-30
     * 08:05 (line 7)". When the broken part does not say which session it belonged to, the one before it is
     * meant, and the wording says it may only have come right after.
     *
     * @param start null when the session's start was not read before the break
     */
    static String session(boolean sure, LocalDateTime start, long firstLine) {
        return (sure ? "inside " : "in or right after ") + (start == null
                ? "the session that begins on line " + firstLine
                : "the session started " + WHEN.format(start) + " (line " + firstLine + ")");
    }
}
