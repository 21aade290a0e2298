package app.overload.notation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;

/**
 * Reads sessions written in the notation (docs/notation.md): one session per line, or, when blank lines appear
 * between lines, one session per paragraph, whose line breaks then part its entries. Each session is read on its
 * own, so one refused line does not hide what the others say. Pure and quick: the log form reads the quick-entry
 * box with it on every key press.
 */
public final class NotationParser {

    private NotationParser() {
    }

    public static List<Reading> read(String text, NotationContext context) {
        List<Reading> readings = new ArrayList<>();
        Set<PlannedSessionId> claimed = new HashSet<>();
        for (int[] range : sessions(text)) {
            try {
                readings.add(new SessionReader(text, range[0], range[1], context, claimed).read());
            } catch (Refusal r) {
                readings.add(new Reading.Refused(problem(text, r), range[0], range[1]));
            }
        }
        return readings;
    }

    /**
     * Where each session's text starts and ends: its line, or its paragraph when blank lines separate paragraphs.
     * Blank lines at the start and the end do not make paragraphs.
     */
    static List<int[]> sessions(String text) {
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int stop = text.indexOf('\n', from);
            if (stop < 0) {
                stop = text.length();
            }
            lines.add(new int[] {from, stop});
            from = stop + 1;
        }
        boolean paragraphs = false;
        boolean seenText = false;
        boolean blankAfterText = false;
        for (int[] line : lines) {
            boolean blank = text.substring(line[0], line[1]).isBlank();
            if (!blank && blankAfterText) {
                paragraphs = true;
            }
            if (blank && seenText) {
                blankAfterText = true;
            }
            seenText |= !blank;
        }
        List<int[]> sessions = new ArrayList<>();
        int[] open = null;
        for (int[] line : lines) {
            boolean blank = text.substring(line[0], line[1]).isBlank();
            if (blank) {
                if (open != null) {
                    sessions.add(open);
                    open = null;
                }
            } else if (!paragraphs) {
                sessions.add(line);
            } else if (open == null) {
                open = new int[] {line[0], line[1]};
            } else {
                open[1] = line[1];
            }
        }
        if (open != null) {
            sessions.add(open);
        }
        return sessions;
    }

    /** The purpose words such as "heavy strength", "tempo", "easy" or "long run" stand for, as typed anywhere. */
    public static Optional<Purpose> purpose(String words) {
        String normal = Words.normal(words).replace('_', ' ').replace('-', ' ');
        for (Map.Entry<String, Purpose> phrase : Words.purposes().entrySet()) {
            if (phrase.getKey().equals(normal)) {
                return Optional.of(phrase.getValue());
            }
        }
        for (Purpose p : Purpose.values()) {
            if (Words.normal(p.name().replace('_', ' ')).equals(normal) || Words.normal(p.label()).equals(normal)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The phrase a purpose is written with in the notation: "heavy strength", "tempo". */
    public static String phrase(Purpose purpose) {
        return Words.phrase(purpose);
    }

    private static Problem problem(String text, Refusal r) {
        int start = Math.max(0, Math.min(r.start(), text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Problem(line, start - lineStart + 1, start, Math.max(start, Math.min(r.end(), text.length())),
                r.getMessage(), r.suggestions(), r.unknownExercise());
    }
}
