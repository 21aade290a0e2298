package app.overload.notation;

import java.util.List;

/**
 * Why a line cannot be read, and where: thrown inside the parser, turned into a {@link Problem} with its line and
 * column at the top.
 */
final class Refusal extends RuntimeException {

    private final int start;
    private final int end;
    private final List<String> suggestions;
    private final String unknownExercise;

    Refusal(int start, int end, String message) {
        this(start, end, message, List.of(), null);
    }

    Refusal(int start, int end, String message, List<String> suggestions, String unknownExercise) {
        super(message, null, false, false);
        this.start = start;
        this.end = end;
        this.suggestions = List.copyOf(suggestions);
        this.unknownExercise = unknownExercise;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    List<String> suggestions() {
        return suggestions;
    }

    String unknownExercise() {
        return unknownExercise;
    }
}
