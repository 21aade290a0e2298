package app.overload.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A goal with a date and the weeks of planned sessions that lead to it. Week 1 starts on {@code start}; week
 * {@code n} covers the seven days from {@code start + 7(n − 1)}; the goal date falls in the last week.
 *
 * @param outcome set once the block is archived, else null
 */
public record TrainingBlock(BlockId id, String name, Goal goal, LocalDate start, LocalDate goalDate, int weeks,
        List<Phase> phases, List<Integer> deloadWeeks, List<Integer> taperWeeks, List<CurrentLevel> levels,
        List<PlannedSession> plan, String notes, BlockOutcome outcome) {

    public static final int MAX_WEEKS = 52;

    public TrainingBlock {
        Checks.required(id, "id");
        name = Checks.name(name, "block name");
        Checks.required(goal, "goal");
        Checks.required(start, "start date");
        Checks.required(goalDate, "goal date");
        // The goal date may fall on any day of the last week, the start day of a one-week block included.
        if (goalDate.isBefore(start)) {
            throw new InvalidValueException("goal date", "Goal date must not be before the start date.");
        }
        Checks.intInRange(weeks, 1, MAX_WEEKS, "weeks");
        long lastDay = ChronoUnit.DAYS.between(start, goalDate);
        if (lastDay >= weeks * 7L || lastDay < (weeks - 1) * 7L) {
            throw new InvalidValueException("goal date", "Goal date " + goalDate + " is not in week " + weeks
                    + " of a block starting " + start + "; it falls in week " + (lastDay / 7 + 1) + ".");
        }
        phases = Checks.list(phases, "phases");
        for (Phase p : phases) {
            if (p.lastWeek() > weeks) {
                throw new InvalidValueException("phases", "Phase \"" + p.name() + "\" ends after week " + weeks + ".");
            }
        }
        deloadWeeks = weekList(deloadWeeks, weeks, "deload weeks");
        taperWeeks = weekList(taperWeeks, weeks, "taper weeks");
        Set<Integer> both = new HashSet<>(deloadWeeks);
        both.retainAll(taperWeeks);
        if (!both.isEmpty()) {
            throw new InvalidValueException("taper weeks", "Week " + both.iterator().next()
                    + " cannot be both a deload and a taper week.");
        }
        levels = Checks.list(levels, "current level");
        plan = Checks.list(plan, "plan");
        Set<PlannedSessionId> ids = new HashSet<>();
        for (PlannedSession p : plan) {
            if (p.week() > weeks) {
                throw new InvalidValueException("plan", "\"" + p.displayName() + "\" is planned in week " + p.week()
                        + " but the block has " + weeks + (weeks == 1 ? " week." : " weeks."));
            }
            if (!ids.add(p.id())) {
                throw new InvalidValueException("plan", "Planned session " + p.id() + " appears twice.");
            }
        }
        notes = Checks.notes(notes, "notes");
    }

    /** Weeks a block from {@code start} needs so that {@code goalDate} falls in its last week. */
    public static int weeksBetween(LocalDate start, LocalDate goalDate) {
        return (int) (ChronoUnit.DAYS.between(start, goalDate) / 7) + 1;
    }

    private static List<Integer> weekList(List<Integer> list, int weeks, String field) {
        List<Integer> copy = Checks.list(list == null ? List.of() : list, field);
        for (int w : copy) {
            Checks.intInRange(w, 1, weeks, field);
        }
        return copy.stream().distinct().sorted().toList();
    }

    public LocalDate weekStart(int week) {
        return start.plusDays(7L * (week - 1));
    }

    /** The week (from 1) a date falls in, or empty when it is outside the block. */
    public Optional<Integer> weekOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(start, date);
        if (days < 0 || days >= weeks * 7L) {
            return Optional.empty();
        }
        return Optional.of((int) (days / 7) + 1);
    }

    /** The calendar date of a planned session: the day of its week with the planned day-of-week. */
    public LocalDate dateOf(PlannedSession planned) {
        return dateOf(start, planned.week(), planned.day());
    }

    /** The date of {@code day} in week {@code week} of a block starting on {@code start}. */
    public static LocalDate dateOf(LocalDate start, int week, DayOfWeek day) {
        LocalDate weekStart = start.plusDays(7L * (week - 1));
        int offset = (day.getValue() - weekStart.getDayOfWeek().getValue() + 7) % 7;
        return weekStart.plusDays(offset);
    }

    public WeekKind kindOf(int week) {
        if (deloadWeeks.contains(week)) {
            return WeekKind.DELOAD;
        }
        return taperWeeks.contains(week) ? WeekKind.TAPER : WeekKind.NORMAL;
    }

    public Optional<Phase> phaseOf(int week) {
        return phases.stream().filter(p -> p.contains(week)).findFirst();
    }

    public List<PlannedSession> plannedIn(int week) {
        return plan.stream().filter(p -> p.week() == week).toList();
    }

    public Optional<PlannedSession> planned(PlannedSessionId plannedId) {
        return plan.stream().filter(p -> p.id().equals(plannedId)).findFirst();
    }

    public BlockStatus status(LocalDate today) {
        if (outcome != null) {
            return BlockStatus.ARCHIVED;
        }
        if (today.isBefore(start)) {
            return BlockStatus.PLANNED;
        }
        return today.isAfter(goalDate) ? BlockStatus.FINISHED : BlockStatus.ACTIVE;
    }

    /** Every exercise the block names: in its goal, current level, prescriptions and progression chains. */
    public Set<ExerciseId> exercises() {
        Set<ExerciseId> used = new LinkedHashSet<>();
        if (goal instanceof StrengthGoal g) {
            used.add(g.exercise());
        } else if (goal instanceof EstimatedMaxGoal g) {
            used.add(g.exercise());
        }
        for (CurrentLevel level : levels) {
            if (level instanceof LiftLevel l) {
                used.add(l.exercise());
            }
        }
        for (PlannedSession p : plan) {
            for (Prescription rx : p.prescriptions()) {
                if (rx instanceof Prescription.Strength s) {
                    used.add(s.exercise());
                }
                if (rx.rule() instanceof ProgressionRule.ExerciseChain chain) {
                    used.add(chain.next());
                }
            }
        }
        return used;
    }

    public TrainingBlock withPlan(List<PlannedSession> newPlan) {
        return new TrainingBlock(id, name, goal, start, goalDate, weeks, phases, deloadWeeks, taperWeeks, levels,
                newPlan, notes, outcome);
    }

    public TrainingBlock archived(BlockOutcome result) {
        return new TrainingBlock(id, name, goal, start, goalDate, weeks, phases, deloadWeeks, taperWeeks, levels,
                plan, notes, Checks.required(result, "outcome"));
    }
}
