package app.overload.usecase;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.planning.GoalOutlook;
import app.overload.planning.Outlooks;
import app.overload.store.Logbook;

/**
 * What a block's goal looks like on its goal date, from the logged efforts and the plan as it stands.
 * {@code overload outlook} and the block view's header both call it.
 */
public final class BlockOutlook {

    private final Logbook logbook;

    public BlockOutlook(Logbook logbook) {
        this.logbook = logbook;
    }

    /** The names of the catalogue's exercises, for the goal's sentence. */
    public ExerciseNames names() {
        Map<ExerciseId, String> names = new HashMap<>();
        logbook.exercises().all().forEach(e -> names.put(e.id(), e.name()));
        return id -> names.getOrDefault(id, id.value());
    }

    /** The outlook of {@code block} as of {@code today}, its sentences in {@code units}. */
    public GoalOutlook outlook(TrainingBlock block, LocalDate today, UnitPreferences units) {
        return Outlooks.of(block, BlockHistory.forGoal(logbook, block, today), today, units);
    }
}
