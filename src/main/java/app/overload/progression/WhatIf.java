package app.overload.progression;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.overload.domain.Checks;
import app.overload.domain.Goal;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.domain.WeekKind;

/**
 * A change to the block's timeline to preview before deciding: skip a week, move the long runs to another day, add
 * weeks before the goal (which is how a goal date moves), or aim at another target. Each gives the block as it would be, and a sentence for
 * each planned session it touched; the re-plan then carries the series on over the new timeline. Nothing is saved.
 */
public sealed interface WhatIf permits WhatIf.SkipWeek, WhatIf.MoveLongRuns, WhatIf.AddWeeks, WhatIf.SetGoal {

    /** The block with this change, and why each planned session it touched changed. */
    record Shaped(TrainingBlock block, Map<PlannedSessionId, String> notes) {
        public Shaped {
            Checks.required(block, "block");
            notes = Map.copyOf(notes);
        }
    }

    /**
     * @param today sessions on or before this day are left alone
     * @throws InvalidValueException when the change cannot be made to this block (no such week, too late)
     */
    Shaped apply(TrainingBlock block, LocalDate today);

    /** True when the change moves the block's timeline, so every series is carried on over the new one. */
    default boolean reshapes() {
        return true;
    }

    /** Words for a list of what was tried: "skip week 6". */
    String describe();

    /** The week after the one {@code today} falls in. */
    static SkipWeek skipNextWeek(TrainingBlock block, LocalDate today) {
        int week = WeekRequest.nextWeek(block, today).orElseThrow(() -> new InvalidValueException("week",
                "\"" + block.name() + "\" has no week after " + today + " to skip."));
        return new SkipWeek(week);
    }

    /** Nothing of {@code week} is done: its sessions leave the plan, and what follows starts from where it was. */
    record SkipWeek(int week) implements WhatIf {
        public SkipWeek {
            Checks.intInRange(week, 1, TrainingBlock.MAX_WEEKS, "week to skip");
        }

        @Override
        public Shaped apply(TrainingBlock block, LocalDate today) {
            if (week > block.weeks() || !block.weekStart(week).plusDays(6).isAfter(today)) {
                throw new InvalidValueException("week to skip", "Week " + week + " of \"" + block.name()
                        + "\" is not ahead of " + today + ".");
            }
            Map<PlannedSessionId, String> notes = new LinkedHashMap<>();
            List<PlannedSession> plan = new ArrayList<>();
            for (PlannedSession p : block.plan()) {
                if (p.week() == week && block.dateOf(p).isAfter(today)) {
                    notes.put(p.id(), "Skipped: week " + week + " is left out.");
                } else {
                    plan.add(p);
                }
            }
            return new Shaped(block.withPlan(plan), notes);
        }

        @Override
        public String describe() {
            return "skip week " + week;
        }
    }

    /** The long runs still to come move to {@code day} of their week. */
    record MoveLongRuns(DayOfWeek day) implements WhatIf {
        public MoveLongRuns {
            Checks.required(day, "day");
        }

        @Override
        public Shaped apply(TrainingBlock block, LocalDate today) {
            Map<PlannedSessionId, String> notes = new LinkedHashMap<>();
            List<PlannedSession> plan = new ArrayList<>();
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            for (PlannedSession p : block.plan()) {
                LocalDate moved = TrainingBlock.dateOf(block.start(), p.week(), day);
                if (p.purpose() == Purpose.LONG_RUN && p.day() != day && block.dateOf(p).isAfter(today)
                        && moved.isAfter(today)) {
                    plan.add(new PlannedSession(p.id(), p.week(), day, p.purpose(), p.title(), p.prescriptions(),
                            p.notes()));
                    notes.put(p.id(), "Moved to " + name + ".");
                } else {
                    plan.add(p);
                }
            }
            if (notes.isEmpty()) {
                throw new InvalidValueException("day", "No long run still to come in \"" + block.name()
                        + "\" can move to " + name + ".");
            }
            return new Shaped(block.withPlan(plan), notes);
        }

        @Override
        public boolean reshapes() {
            return false;
        }

        @Override
        public String describe() {
            return "long runs on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /**
     * {@code weeks} more weeks before the block's closing weeks (its trailing deload or taper weeks, else its last
     * week), each a copy of the last normal week before them; the goal date moves by as many weeks.
     */
    record AddWeeks(int weeks) implements WhatIf {
        public AddWeeks {
            Checks.intInRange(weeks, 1, 12, "weeks to add");
        }

        @Override
        public Shaped apply(TrainingBlock block, LocalDate today) {
            int total = block.weeks() + weeks;
            if (total > TrainingBlock.MAX_WEEKS) {
                throw new InvalidValueException("weeks to add", "\"" + block.name() + "\" would be " + total
                        + " weeks long; a block has at most " + TrainingBlock.MAX_WEEKS + ".");
            }
            int at = block.weeks();
            while (at > 1 && block.kindOf(at - 1) != WeekKind.NORMAL) {
                at--;
            }
            if (block.kindOf(block.weeks()) == WeekKind.NORMAL) {
                at = block.weeks();
            }
            int current = block.weekOf(today).orElse(today.isBefore(block.start()) ? 0 : block.weeks());
            at = Math.max(at, current + 1);
            if (at > block.weeks()) {
                throw new InvalidValueException("weeks to add", "\"" + block.name() + "\" is in its last week: "
                        + "there is no week left to add weeks before.");
            }
            int copied = at - 1;
            while (copied > 1 && block.kindOf(copied) != WeekKind.NORMAL) {
                copied--;
            }
            Map<PlannedSessionId, String> notes = new LinkedHashMap<>();
            List<PlannedSession> plan = new ArrayList<>();
            for (PlannedSession p : block.plan()) {
                if (p.week() >= at) {
                    plan.add(new PlannedSession(p.id(), p.week() + weeks, p.day(), p.purpose(), p.title(),
                            p.prescriptions(), p.notes()));
                    notes.put(p.id(), "Now in week " + (p.week() + weeks) + ": " + weeks + " week"
                            + (weeks == 1 ? "" : "s") + " added before it.");
                } else {
                    plan.add(p);
                }
            }
            for (int k = 0; k < weeks && copied >= 1; k++) {
                for (PlannedSession p : block.plannedIn(copied)) {
                    PlannedSessionId id = new PlannedSessionId(UUID.nameUUIDFromBytes((p.id() + " added " + k)
                            .getBytes(StandardCharsets.UTF_8)));
                    plan.add(new PlannedSession(id, at + k, p.day(), p.purpose(), p.title(), p.prescriptions(),
                            p.notes()));
                    notes.put(id, "Added: week " + (at + k) + ", a copy of week " + copied + ".");
                }
            }
            List<Phase> phases = new ArrayList<>();
            for (Phase ph : block.phases()) {
                int first = ph.firstWeek() >= at ? ph.firstWeek() + weeks : ph.firstWeek();
                int last = ph.lastWeek() >= at - 1 ? ph.lastWeek() + weeks : ph.lastWeek();
                phases.add(new Phase(ph.name(), first, last));
            }
            TrainingBlock longer = new TrainingBlock(block.id(), block.name(), block.goal(), block.start(),
                    block.goalDate().plusWeeks(weeks), total, phases, shifted(block.deloadWeeks(), at),
                    shifted(block.taperWeeks(), at), block.levels(), plan, block.notes(), block.outcome());
            return new Shaped(longer, notes);
        }

        private List<Integer> shifted(List<Integer> list, int at) {
            return list.stream().map(w -> w >= at ? w + weeks : w).toList();
        }

        @Override
        public String describe() {
            return weeks == 1 ? "one more week" : weeks + " more weeks";
        }
    }

    /** Another target for the same goal (a lower one, when the old is out of safe reach); the plan stays. */
    record SetGoal(Goal goal) implements WhatIf {
        public SetGoal {
            Checks.required(goal, "goal");
        }

        @Override
        public Shaped apply(TrainingBlock block, LocalDate today) {
            return new Shaped(new TrainingBlock(block.id(), block.name(), goal, block.start(), block.goalDate(),
                    block.weeks(), block.phases(), block.deloadWeeks(), block.taperWeeks(), block.levels(),
                    block.plan(), block.notes(), block.outcome()), Map.of());
        }

        @Override
        public boolean reshapes() {
            return false;
        }

        @Override
        public String describe() {
            return "a new target";
        }
    }
}
