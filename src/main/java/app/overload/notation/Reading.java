package app.overload.notation;

import java.util.List;

import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;

/** What one session's text (a line, or a paragraph) was read as: a session, or the problem that stopped it. */
public sealed interface Reading permits Reading.Understood, Reading.Refused {

    /** Offset of the session's text in the whole input. */
    int start();

    /** Offset just after the session's text. */
    int end();

    /**
     * @param block         the block a training session belongs to, or null for a workout
     * @param newExercises  exercises the session names that the catalogue does not hold yet (only when allowed)
     */
    record Understood(Session session, TrainingBlock block, List<NewExercise> newExercises, int start, int end)
            implements Reading {

        public Understood {
            newExercises = List.copyOf(newExercises);
        }
    }

    record Refused(Problem problem, int start, int end) implements Reading {
    }
}
