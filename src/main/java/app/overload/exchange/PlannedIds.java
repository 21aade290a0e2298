package app.overload.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.overload.domain.BlockId;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;

/**
 * Gives new ids to the planned sessions of a file that already belong to another block of the logbook. That
 * happens when a block file is copied and given a new block id by hand: its planned sessions keep the old block's
 * ids, and the store, where a planned session id is unique, would refuse the whole import. The new id is worked out
 * from the block's id and the old one, so importing the same file again gives the same ids and finds them.
 */
final class PlannedIds {

    private PlannedIds() {
    }

    /** The contents with the clashing ids replaced, in the plan and in the sessions that fulfil them. */
    static BlockContents renew(BlockContents contents, Map<PlannedSessionId, TrainingBlock> owners) {
        BlockId block = contents.block().id();
        Map<PlannedSessionId, PlannedSessionId> renamed = new HashMap<>();
        List<PlannedSession> plan = new ArrayList<>();
        for (PlannedSession p : contents.block().plan()) {
            TrainingBlock owner = owners.get(p.id());
            if (owner == null || owner.id().equals(block)) {
                plan.add(p);
                continue;
            }
            PlannedSessionId fresh = derived(block, p.id());
            renamed.put(p.id(), fresh);
            plan.add(new PlannedSession(fresh, p.week(), p.day(), p.purpose(), p.title(), p.prescriptions(),
                    p.notes()));
        }
        if (renamed.isEmpty()) {
            return contents;
        }
        List<TrainingSession> sessions = new ArrayList<>();
        for (TrainingSession s : contents.sessions()) {
            PlannedSessionId fresh = s.plannedSession() == null ? null : renamed.get(s.plannedSession());
            sessions.add(fresh == null ? s : new TrainingSession(s.id(), s.start(), s.duration(), s.rpe(), s.notes(),
                    s.entries(), s.block(), s.purpose(), fresh));
        }
        return new BlockContents(contents.block().withPlan(plan), contents.exercises(), sessions, contents.units());
    }

    /** The blocks other than the file's own whose plans hold one of the file's planned session ids. */
    static List<String> clashes(BlockContents contents, Map<PlannedSessionId, TrainingBlock> owners) {
        return contents.block().plan().stream().map(p -> owners.get(p.id()))
                .filter(o -> o != null && !o.id().equals(contents.block().id())).map(TrainingBlock::name).distinct()
                .toList();
    }

    static PlannedSessionId derived(BlockId block, PlannedSessionId old) {
        byte[] name = (block + "/" + old).getBytes(StandardCharsets.UTF_8);
        return new PlannedSessionId(UUID.nameUUIDFromBytes(name));
    }
}
