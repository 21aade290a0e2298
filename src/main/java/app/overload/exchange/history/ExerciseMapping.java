package app.overload.exchange.history;

import java.util.Objects;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;

/**
 * Where an exercise name from another app goes: to an exercise already in the catalogue, or to a new one made
 * for it.
 *
 * @param sourceName the name as the other app wrote it
 * @param target     the catalogue exercise, or for {@link How#NEW} the exercise that will be created
 * @param sets       how many imported sets use this name, so the preview can show what matters most
 */
public record ExerciseMapping(String sourceName, Exercise target, How how, int sets) {

    /** How the mapping came about. */
    public enum How {
        /** Found in the catalogue by alias or name. */
        MATCHED,
        /** Chosen by the user in the preview. */
        CHOSEN,
        /** Not in the catalogue: the import creates it. */
        NEW
    }

    public ExerciseMapping {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(how, "how");
    }

    public ExerciseId targetId() {
        return target.id();
    }

    public boolean isNew() {
        return how == How.NEW;
    }
}
