package app.overload.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import app.overload.domain.Checks;
import app.overload.domain.CurrentLevel;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.Mass;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;

/**
 * What the athlete tells a template: the block's name, its first day and length, the goal, where they stand now,
 * and the units and exercise increments that decide what a loadable weight is.
 *
 * @param levels     the athlete's current levels; empty keeps the template's loads and paces as written
 * @param increments each exercise's load step from the catalogue; an exercise missing here rounds to whole plates
 */
public record FillRequest(String name, LocalDate start, int weeks, Goal goal, List<CurrentLevel> levels,
        UnitPreferences units, Map<ExerciseId, Mass> increments) {

    public FillRequest {
        Checks.required(start, "start date");
        Checks.intInRange(weeks, 1, TrainingBlock.MAX_WEEKS, "weeks");
        Checks.required(goal, "goal");
        levels = Checks.list(levels == null ? List.of() : levels, "current level");
        Checks.required(units, "units");
        increments = Map.copyOf(increments == null ? Map.of() : increments);
    }

    /** The last day of the last week: the goal date of the filled block. */
    public LocalDate goalDate() {
        return start.plusDays(weeks * 7L - 1);
    }
}
