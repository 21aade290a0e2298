package app.overload.exchange.history;

import java.util.List;
import java.util.Map;

import app.overload.domain.ExerciseId;
import app.overload.domain.Workout;

/**
 * What one file gave: its workouts and the rows or points it could not use. Strength entries carry a provisional
 * exercise key made from the source app's name ({@link ExerciseId#fromName}); the plan maps it to the catalogue.
 *
 * @param exerciseNames provisional key → the exercise name as the source app wrote it
 * @param unitNote      how the weight unit was chosen, for files that do not say; empty otherwise
 */
public record ParsedHistory(String file, HistoryFormat format, List<Workout> workouts,
        Map<ExerciseId, String> exerciseNames, List<Problem> problems, String unitNote) {

    public ParsedHistory {
        workouts = List.copyOf(workouts);
        exerciseNames = Map.copyOf(exerciseNames);
        problems = List.copyOf(problems);
        unitNote = unitNote == null ? "" : unitNote;
    }

    /** A file that could not be read at all. */
    static ParsedHistory unreadable(String file, HistoryFormat format, String reason) {
        return new ParsedHistory(file, format, List.of(), Map.of(), List.of(Problem.wholeFile(file, reason)), "");
    }
}
