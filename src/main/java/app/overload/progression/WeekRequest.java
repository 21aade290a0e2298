package app.overload.progression;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import app.overload.domain.Checks;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.TrainingBlock;

/**
 * Which block week to suggest, as of which day, and whether the user overrides the two-week volume limit. It also
 * says which history the engine needs, so the caller can read just that from the logbook.
 *
 * <p>The engine never reads the clock: {@code today} decides which sessions count as history. Sessions from the
 * target week's first day on are not read, so asking for a past week gives what would have been suggested then.
 *
 * <p>A re-plan asks for weeks further ahead as if the sessions before each had been done as re-planned; it sets
 * {@code loggedUntil}, the first day not logged (tomorrow). The history of such a week ends at its start, or on
 * {@code loggedUntil} when the week has begun (the rest of the current week is re-planned from what was logged up to
 * today), and the pace ceiling keeps looking at the eight weeks before {@code loggedUntil} as well, since sessions
 * still to come are not races.
 *
 * @param allowVolumeJump the user's explicit override of the 30 %-over-two-weeks limit
 * @param loggedUntil     for a week of a re-plan, the first day not logged; null for next week's suggestions
 */
public record WeekRequest(TrainingBlock block, int week, LocalDate today, boolean allowVolumeJump,
        LocalDate loggedUntil) {

    /** Strength entries read per exercise: about ten weeks of a lift trained three times a week. */
    public static final int ENTRIES_PER_EXERCISE = 40;
    /**
     * Days of endurance sessions and daily loads read: the eight weeks the pace ceiling looks back over, which holds
     * the four weeks insights look at and the two the volume checks compare with.
     */
    public static final int DAYS_READ = BestEffort.WINDOW_DAYS;

    public WeekRequest {
        Checks.required(block, "block");
        Checks.required(today, "today");
        if (week < 1 || week > block.weeks()) {
            throw new InvalidValueException("week", "Week must be between 1 and " + block.weeks() + " for \""
                    + block.name() + "\" (was " + week + ").");
        }
    }

    public WeekRequest(TrainingBlock block, int week, LocalDate today, boolean allowVolumeJump) {
        this(block, week, today, allowVolumeJump, null);
    }

    /**
     * A week of a re-plan made on {@code today}: the history is what was logged up to today, then the sessions
     * between today and the week as the re-plan has them, done as planned.
     */
    public static WeekRequest projected(TrainingBlock block, int week, LocalDate today) {
        return new WeekRequest(block, week, today, false, today.plusDays(1));
    }

    /** The week after the one {@code today} falls in; week 1 before the block starts; empty once it is over. */
    public static Optional<Integer> nextWeek(TrainingBlock block, LocalDate today) {
        if (today.isBefore(block.start())) {
            return Optional.of(1);
        }
        return block.weekOf(today).map(w -> w + 1).filter(w -> w <= block.weeks());
    }

    public LocalDate weekStart() {
        return block.weekStart(week);
    }

    /**
     * History ends before this day: the target week's start, or tomorrow when the week is still ahead. In a re-plan,
     * the week's start, or tomorrow when the week has already begun.
     */
    public LocalDate historyUntil() {
        if (loggedUntil != null) {
            return weekStart().isAfter(loggedUntil) ? weekStart() : loggedUntil;
        }
        LocalDate tomorrow = today.plusDays(1);
        return weekStart().isBefore(tomorrow) ? weekStart() : tomorrow;
    }

    /**
     * The first day of the window a pace ceiling's race or hard effort is looked for in: eight weeks before the
     * history ends, or, in a re-plan, before the first day not logged, so the ceiling a race set holds over the
     * weeks re-planned after it.
     */
    public LocalDate effortsFrom() {
        LocalDate end = loggedUntil != null && loggedUntil.isBefore(historyUntil()) ? loggedUntil : historyUntil();
        return end.minusDays(BestEffort.WINDOW_DAYS);
    }

    /** First day of endurance sessions and daily loads read. */
    public LocalDate historyFrom() {
        return historyUntil().minusDays(DAYS_READ);
    }

    /**
     * The day a break is measured to: the week's start, but at most a week from today, so looking far ahead does
     * not read as a long break.
     */
    public LocalDate breakMeasuredTo() {
        LocalDate inAWeek = today.plusDays(7);
        return weekStart().isBefore(inAWeek) ? weekStart() : inAWeek;
    }

    /** Exercises whose history the week needs: those it prescribes and every exercise of their chains. */
    public Set<ExerciseId> exercisesToRead() {
        Set<ExerciseId> read = new LinkedHashSet<>();
        for (PlannedSession planned : block.plannedIn(week)) {
            for (Prescription rx : planned.prescriptions()) {
                if (rx instanceof Prescription.Strength s) {
                    read.addAll(PlannedSeries.family(block, s.exercise()));
                    if (rx.rule() instanceof ProgressionRule.ExerciseChain chain) {
                        read.add(chain.next());
                    }
                }
            }
        }
        return read;
    }
}
