package app.overload.exchange.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.overload.domain.Checks;

/**
 * Every change a reader makes to what a file says, as warnings: a name cut to length, a duration no session can
 * have replaced by an estimate, a row that holds nothing to keep. They do not stop the import; they make sure
 * nothing is changed without a word. A name changed the same way on many rows is reported once.
 */
final class Changes {

    private final String file;
    /** Each warning with its line, so the list reads in the file's order. */
    private final List<Map.Entry<Long, Problem>> warnings = new ArrayList<>();
    private final Set<String> namesReported = new HashSet<>();

    Changes(String file) {
        this.file = file;
    }

    void at(long line, String reason) {
        warnings.add(Map.entry(line, Problem.atLine(file, line, reason)));
    }

    /** The warnings in the order of the lines they are about. */
    List<Problem> list() {
        return warnings.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /**
     * A single-line name as the domain takes it ({@link Texts#name}), with a warning the first time a name is
     * changed: cut to length, control characters replaced, or spaces trimmed or run together.
     *
     * @param what "Exercise name", "Workout name": what the sentence calls it
     */
    String name(long line, String what, String raw) {
        String cleaned = Texts.name(raw);
        if (raw != null && !cleaned.equals(raw) && namesReported.add(what + "|" + raw)) {
            at(line, what + " \"" + Texts.shorten(raw) + "\" was read as \"" + Texts.shorten(cleaned) + "\" ("
                    + howChanged(raw, cleaned) + ").");
        }
        return cleaned;
    }

    /** Notes as the domain takes them ({@link Texts#notes}), with a warning when they had to be cut or cleaned. */
    String notes(long line, String what, String raw) {
        String cleaned = Texts.notes(raw);
        if (raw != null && !cleaned.equals(raw.strip())) {
            at(line, what + (cleaned.length() < raw.strip().length() && raw.strip().length() > Checks.MAX_NOTES
                    ? " were cut to " + String.format(Locale.ROOT, "%,d", Checks.MAX_NOTES) + " characters."
                    : " held control characters, which were left out."));
        }
        return cleaned;
    }

    private static String howChanged(String raw, String cleaned) {
        if (cleaned.endsWith("…") && raw.codePointCount(0, raw.length()) > Checks.MAX_NAME) {
            return "cut to " + Checks.MAX_NAME + " characters";
        }
        if (raw.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            return "control characters became spaces";
        }
        return "its spaces tidied: trimmed at its ends, runs made one, odd spaces made plain";
    }
}
