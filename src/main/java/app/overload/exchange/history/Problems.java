package app.overload.exchange.history;

/** Wording shared by the readers, so every message reads as one sentence a person can act on. */
final class Problems {

    private Problems() {
    }

    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Unreadable.";
        }
        String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") || s.endsWith(")") ? s : s + ".";
    }

    /** A file whose structure broke (an unclosed quote, cut-off XML): what came before it is kept. */
    static Problem damagedAfter(String file, long lastGoodLine, Exception cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = detail.indexOf('\n');
        if (newline >= 0) {
            detail = detail.substring(0, newline);
        }
        return Problem.atLine(file, lastGoodLine + 1, "The file is damaged here and was read no further ("
                + (detail.length() > 120 ? detail.substring(0, 120) + "…" : detail) + ").");
    }
}
