package app.overload.notation;

import java.util.List;

/**
 * What stops a line from being read: the words at fault, where they are, what was expected there, and for a name
 * the catalogue does not know, the closest names it does.
 *
 * @param line            1-based line of the input the words are on
 * @param column          1-based column of the first word at fault
 * @param start           offset of the first character at fault in the whole input
 * @param end             offset just after the last character at fault
 * @param message         "`5x` — reps after the x, e.g. 5x5"
 * @param suggestions     catalogue names close to an unknown exercise, closest first; empty otherwise
 * @param unknownExercise the name as typed when the catalogue does not know it, else null
 */
public record Problem(int line, int column, int start, int end, String message, List<String> suggestions,
        String unknownExercise) {

    public Problem {
        suggestions = List.copyOf(suggestions);
    }

    /** "line 2: `5x` — reps after the x, e.g. 5x5". */
    public String describe() {
        return "line " + line + ": " + message;
    }
}
