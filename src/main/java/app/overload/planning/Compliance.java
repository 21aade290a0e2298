package app.overload.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import app.overload.domain.Checks;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;

/**
 * A block's plan against what was done, week by week. A planned session is done when a training session points at
 * it, whatever day it was logged; it is missed once its day has passed without one; today's and later ones are not
 * counted yet. Compliance is done ÷ (done + missed).
 *
 * @param weeks every week of the block, first to last, empty weeks included
 */
public record Compliance(TrainingBlock block, LocalDate today, List<PlanWeek> weeks) {

    public Compliance {
        Checks.required(block, "block");
        Checks.required(today, "today");
        weeks = Checks.list(weeks, "weeks");
    }

    /**
     * @param done the day each fulfilled planned session was done, by planned session (other blocks' ids are
     *             ignored)
     */
    public static Compliance of(TrainingBlock block, Map<PlannedSessionId, LocalDate> done, LocalDate today) {
        Optional<Integer> current = block.weekOf(today);
        List<PlanWeek> weeks = new ArrayList<>();
        for (int week = 1; week <= block.weeks(); week++) {
            List<PlannedDay> days = new ArrayList<>();
            for (PlannedSession planned : block.plannedIn(week)) {
                LocalDate date = block.dateOf(planned);
                LocalDate doneOn = done.get(planned.id());
                PlanState state = doneOn != null ? PlanState.DONE
                        : date.isBefore(today) ? PlanState.MISSED
                        : date.isEqual(today) ? PlanState.TODAY : PlanState.UPCOMING;
                days.add(new PlannedDay(planned, date, state, doneOn));
            }
            days.sort(Comparator.comparing(PlannedDay::date));
            int w = week;
            weeks.add(new PlanWeek(week, block.weekStart(week), block.kindOf(week),
                    block.phaseOf(week).map(Phase::name).orElse(""), days, current.isPresent() && current.get() == w));
        }
        return new Compliance(block, today, weeks);
    }

    public int done() {
        return weeks.stream().mapToInt(PlanWeek::done).sum();
    }

    public int due() {
        return weeks.stream().mapToInt(PlanWeek::due).sum();
    }

    public int planned() {
        return weeks.stream().mapToInt(w -> w.sessions().size()).sum();
    }

    /** Done of due over the whole block so far, in percent; empty while nothing is due. */
    public OptionalInt percent() {
        return percent(done(), due());
    }

    /** The week today falls in, when the block is running. */
    public Optional<PlanWeek> currentWeek() {
        return weeks.stream().filter(PlanWeek::current).findFirst();
    }

    static OptionalInt percent(int done, int due) {
        return due == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * done / due));
    }
}
