package app.overload.exchange.history;

import java.util.List;
import java.util.Map;

import app.overload.domain.ExerciseId;
import app.overload.domain.Workout;

/**
 * What one file gave: its workouts, the rows or points it could not use, and what was changed on the way in.
 * Strength entries carry a provisional exercise key made from the source app's name ({@link ExerciseId#fromName});
 * the plan maps it to the catalogue.
 *
 * @param exerciseNames provisional key → the exercise name as the source app wrote it
 * @param unitNote      how the weight unit was settled, for files that do not say; empty otherwise
 * @param warnings      every change made to what the file says (a duration over a day replaced by an estimate, a
 *                      name cut to length, bytes read in another encoding); they do not stop an import
 * @param needsUnit     true when the file does not say its weight unit and its loads do not tell: its workouts are
 *                      read as kilograms only so the preview can count them, and nothing of it may be imported
 *                      until the user chooses the unit ({@link ImportOptions#unit})
 */
public record ParsedHistory(String file, HistoryFormat format, List<Workout> workouts,
        Map<ExerciseId, String> exerciseNames, List<Problem> problems, String unitNote, List<Problem> warnings,
        boolean needsUnit) {

    public ParsedHistory {
        workouts = List.copyOf(workouts);
        exerciseNames = Map.copyOf(exerciseNames);
        problems = List.copyOf(problems);
        unitNote = unitNote == null ? "" : unitNote;
        warnings = List.copyOf(warnings);
    }

    /** A file read without warnings whose unit needed no question (activity files, as the FIT reader builds). */
    public ParsedHistory(String file, HistoryFormat format, List<Workout> workouts,
            Map<ExerciseId, String> exerciseNames, List<Problem> problems, String unitNote) {
        this(file, format, workouts, exerciseNames, problems, unitNote, List.of(), false);
    }

    /** A file that could not be read at all. */
    static ParsedHistory unreadable(String file, HistoryFormat format, String reason) {
        return new ParsedHistory(file, format, List.of(), Map.of(), List.of(Problem.wholeFile(file, reason)), "");
    }
}
