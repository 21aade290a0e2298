package app.overload.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.overload.domain.Checks;
import app.overload.domain.InvalidValueException;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;

/**
 * The rest of a block re-planned on {@code today}: the block as it was read, the block as it would be, and the
 * sessions that change, each with its reasons. Nothing is saved until {@link #accept} is written back; a re-plan made
 * from a block that has changed since is refused, so it never overwrites newer edits.
 *
 * @param whatIfs the previews applied before re-planning, in order
 */
public record Replan(TrainingBlock source, TrainingBlock replanned, LocalDate today, List<WhatIf> whatIfs,
        List<SessionChange> changes) {

    public Replan {
        Checks.required(source, "source");
        Checks.required(replanned, "replanned");
        Checks.required(today, "today");
        whatIfs = Checks.list(whatIfs, "what ifs");
        changes = Checks.list(changes, "changes");
    }

    /** True when the re-plan changes nothing. */
    public boolean unchanged() {
        return source.equals(replanned);
    }

    /**
     * True when the re-plan moves the timeline (adds, skips or moves sessions, or changes the block's dates): then it
     * is accepted whole or not at all.
     */
    public boolean structural() {
        return !whatIfs.isEmpty() || changes.stream().anyMatch(c -> c.kind() != SessionChange.Kind.CHANGED)
                || source.weeks() != replanned.weeks() || !source.goalDate().equals(replanned.goalDate())
                || !source.goal().equals(replanned.goal());
    }

    /**
     * The block to save when the sessions {@code chosen} are accepted: all of them gives the re-planned block; some
     * gives the stored block with just those sessions re-planned.
     *
     * @param stored the block as stored now
     * @throws InvalidValueException when the block changed since the re-plan was made, or only part of a
     *                               re-plan that moves the timeline was chosen
     */
    public TrainingBlock accept(TrainingBlock stored, Collection<PlannedSessionId> chosen) {
        if (!stored.equals(source)) {
            throw new InvalidValueException("plan", "\"" + source.name() + "\" changed since this re-plan was made; "
                    + "re-plan again.");
        }
        Set<PlannedSessionId> wanted = new HashSet<>(chosen);
        Set<PlannedSessionId> all = new HashSet<>();
        changes.forEach(c -> all.add(c.id()));
        if (wanted.containsAll(all)) {
            return replanned;
        }
        if (structural()) {
            throw new InvalidValueException("plan", "This re-plan moves the block's weeks (" + describeWhatIfs()
                    + "): accept all of it or none.");
        }
        Map<PlannedSessionId, PlannedSession> after = new HashMap<>();
        for (PlannedSession p : replanned.plan()) {
            after.put(p.id(), p);
        }
        List<PlannedSession> plan = new ArrayList<>();
        for (PlannedSession p : source.plan()) {
            plan.add(wanted.contains(p.id()) && after.containsKey(p.id()) ? after.get(p.id()) : p);
        }
        return source.withPlan(plan);
    }

    /** "skip week 6, one more week", or "sessions moved" when only the dates differ. */
    public String describeWhatIfs() {
        return whatIfs.isEmpty() ? "sessions moved" : String.join(", ",
                whatIfs.stream().map(WhatIf::describe).toList());
    }
}
