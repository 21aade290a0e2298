package app.overload.exchange;

import java.util.HashMap;
import java.util.Map;

import app.overload.domain.PlannedSessionId;

/**
 * Which version wins where a block file and the logbook differ: the block's own fields (name, goal, dates, …) as one
 * choice, and each added, removed or changed planned session on its own. Unlisted planned sessions follow
 * {@code plan}. Taking the file's version everywhere is what an import did before there was a choice.
 *
 * @param details the side whose name, goal, dates, phases, levels and notes are kept
 * @param plan    the side for every planned session not in {@code exceptions}
 */
public record ImportChoices(Side details, Side plan, Map<PlannedSessionId, Side> exceptions) {

    /** The file's version, or the one already in the logbook ("mine"). */
    public enum Side {
        FILE, MINE
    }

    public ImportChoices {
        if (details == null || plan == null) {
            throw new IllegalArgumentException("Choose a side for the block and for its plan.");
        }
        exceptions = Map.copyOf(exceptions == null ? Map.of() : exceptions);
    }

    /** Everything as the file has it. */
    public static ImportChoices takeFile() {
        return new ImportChoices(Side.FILE, Side.FILE, Map.of());
    }

    /** Everything as the logbook has it: only new sessions and exercises come in. */
    public static ImportChoices keepMine() {
        return new ImportChoices(Side.MINE, Side.MINE, Map.of());
    }

    public Side sideOf(PlannedSessionId planned) {
        return exceptions.getOrDefault(planned, plan);
    }

    public ImportChoices withDetails(Side side) {
        return new ImportChoices(side, plan, exceptions);
    }

    /** The same choices with every planned session on {@code side}. */
    public ImportChoices withWholePlan(Side side) {
        return new ImportChoices(details, side, Map.of());
    }

    public ImportChoices with(PlannedSessionId planned, Side side) {
        Map<PlannedSessionId, Side> changed = new HashMap<>(exceptions);
        if (side == plan) {
            changed.remove(planned);
        } else {
            changed.put(planned, side);
        }
        return new ImportChoices(details, plan, changed);
    }
}
