package app.overload.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;

/**
 * What a block file would change in the block of the same id already in the logbook, found before anything is
 * replaced: which of the block's own fields differ, and which planned sessions the file adds, removes or changes
 * (matched by id). It holds domain values only; {@link DiffWords} says them in a person's units.
 *
 * @param stored   the block as the logbook has it
 * @param incoming the block as the file has it (under the name it would be saved with)
 */
public record BlockDiff(TrainingBlock stored, TrainingBlock incoming, List<Field> fields, List<PlanChange> plan,
        int unchangedPlanned) {

    /** A field of the block itself. */
    public enum Field {
        NAME, GOAL, DATES, PHASES, DELOAD_WEEKS, TAPER_WEEKS, LEVELS, NOTES, OUTCOME
    }

    /** What the file does to one planned session. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One planned session the file adds (only {@code incoming}), removes (only {@code stored}) or changes (both).
     */
    public record PlanChange(Kind kind, PlannedSession stored, PlannedSession incoming) {

        public PlanChange {
            Objects.requireNonNull(kind, "kind");
            if ((kind != Kind.ADDED && stored == null) || (kind != Kind.REMOVED && incoming == null)) {
                throw new IllegalArgumentException("A " + kind + " planned session needs its versions.");
            }
        }

        public PlannedSessionId id() {
            return incoming != null ? incoming.id() : stored.id();
        }
    }

    public BlockDiff {
        fields = List.copyOf(fields);
        plan = List.copyOf(plan);
    }

    /** Compares the stored block with the file's, field by field and planned session by planned session. */
    public static BlockDiff of(TrainingBlock stored, TrainingBlock incoming) {
        List<Field> fields = new ArrayList<>();
        add(fields, Field.NAME, stored.name(), incoming.name());
        add(fields, Field.GOAL, stored.goal(), incoming.goal());
        if (!stored.start().equals(incoming.start()) || !stored.goalDate().equals(incoming.goalDate())
                || stored.weeks() != incoming.weeks()) {
            fields.add(Field.DATES);
        }
        add(fields, Field.PHASES, stored.phases(), incoming.phases());
        add(fields, Field.DELOAD_WEEKS, stored.deloadWeeks(), incoming.deloadWeeks());
        add(fields, Field.TAPER_WEEKS, stored.taperWeeks(), incoming.taperWeeks());
        add(fields, Field.LEVELS, stored.levels(), incoming.levels());
        add(fields, Field.NOTES, stored.notes(), incoming.notes());
        add(fields, Field.OUTCOME, stored.outcome(), incoming.outcome());

        Map<PlannedSessionId, PlannedSession> mine = new LinkedHashMap<>();
        stored.plan().forEach(p -> mine.put(p.id(), p));
        List<PlanChange> plan = new ArrayList<>();
        int unchanged = 0;
        for (PlannedSession theirs : incoming.plan()) {
            PlannedSession own = mine.remove(theirs.id());
            if (own == null) {
                plan.add(new PlanChange(Kind.ADDED, null, theirs));
            } else if (!own.equals(theirs)) {
                plan.add(new PlanChange(Kind.CHANGED, own, theirs));
            } else {
                unchanged++;
            }
        }
        mine.values().forEach(own -> plan.add(new PlanChange(Kind.REMOVED, own, null)));
        return new BlockDiff(stored, incoming, fields, plan, unchanged);
    }

    private static void add(List<Field> fields, Field field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
    }

    /** True when the file says exactly what the logbook has. */
    public boolean isEmpty() {
        return fields.isEmpty() && plan.isEmpty();
    }

    public long count(Kind kind) {
        return plan.stream().filter(c -> c.kind() == kind).count();
    }
}
