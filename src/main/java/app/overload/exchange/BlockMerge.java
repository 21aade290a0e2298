package app.overload.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.InvalidValueException;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import app.overload.exchange.BlockDiff.Kind;
import app.overload.exchange.BlockDiff.PlanChange;
import app.overload.exchange.ImportChoices.Side;

/**
 * Builds the block an import saves from the stored block, the file's and the person's choices. The result is
 * checked like any block: keeping one's own 12 weeks while taking a planned session the file put in week 13 is
 * refused with the reason, before anything is written.
 */
final class BlockMerge {

    private BlockMerge() {
    }

    /** The block to save, or why these choices do not make a block. */
    sealed interface Merged permits Merged.Block, Merged.Refused {

        record Block(TrainingBlock block) implements Merged {
        }

        record Refused(String reason) implements Merged {
        }
    }

    /**
     * The planned sessions of both blocks in the order of the one whose details are kept, each of the other's own
     * sessions right after the one it follows there, so keeping everything of one side gives exactly its order.
     */
    private static List<PlannedSessionId> order(TrainingBlock primary, TrainingBlock secondary) {
        List<PlannedSessionId> order = new ArrayList<>();
        primary.plan().forEach(p -> order.add(p.id()));
        PlannedSessionId previous = null;
        for (PlannedSession p : secondary.plan()) {
            if (!order.contains(p.id())) {
                order.add(previous == null ? 0 : order.indexOf(previous) + 1, p.id());
            }
            previous = p.id();
        }
        return order;
    }

    static Merged merge(BlockDiff diff, ImportChoices choices) {
        TrainingBlock base = choices.details() == Side.FILE ? diff.incoming() : diff.stored();
        Map<PlannedSessionId, PlanChange> changes = new HashMap<>();
        diff.plan().forEach(c -> changes.put(c.id(), c));
        Map<PlannedSessionId, PlannedSession> theirs = new HashMap<>();
        diff.incoming().plan().forEach(p -> theirs.put(p.id(), p));
        List<PlannedSession> plan = new ArrayList<>();
        for (PlannedSessionId id : order(base, base == diff.incoming() ? diff.stored() : diff.incoming())) {
            PlanChange change = changes.get(id);
            Side side = choices.sideOf(id);
            if (change == null) {
                plan.add(theirs.get(id));
            } else if (change.kind() == Kind.CHANGED) {
                plan.add(side == Side.FILE ? change.incoming() : change.stored());
            } else if (change.kind() == Kind.ADDED && side == Side.FILE) {
                plan.add(change.incoming());
            } else if (change.kind() == Kind.REMOVED && side == Side.MINE) {
                plan.add(change.stored());
            }
        }
        try {
            return new Merged.Block(new TrainingBlock(base.id(), base.name(), base.goal(), base.start(),
                    base.goalDate(), base.weeks(), base.phases(), base.deloadWeeks(), base.taperWeeks(), base.levels(),
                    plan, base.notes(), base.outcome()));
        } catch (InvalidValueException e) {
            return new Merged.Refused("These choices do not fit together: " + e.getMessage() + " Take the block's "
                    + "details and that planned session from the same side.");
        }
    }
}
