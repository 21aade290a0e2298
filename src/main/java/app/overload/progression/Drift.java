package app.overload.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.overload.domain.BlockStatus;
import app.overload.domain.Checks;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;

/**
 * Where the logbook has drifted from the plan, so that a re-plan is worth offering: a week of the plan that went by
 * with nothing done, a series that fell short twice in a row, or a break of two weeks or more from the plan.
 *
 * @param sentence what happened, in a few words ("Back squat fell short twice in a row: 18 and 20 Nov.")
 */
public record Drift(Kind kind, String sentence) {

    public enum Kind {
        MISSED_WEEK, FAILURES, BREAK
    }

    public Drift {
        Checks.required(kind, "kind");
        Checks.required(sentence, "sentence");
    }

    /** Failures in a row that make a notice. */
    static final int FAILURES_IN_A_ROW = 2;

    /** The drift of an active block as of {@code today}; empty when it is on plan or not running. */
    public static List<Drift> of(TrainingBlock block, TrainingHistory history, LocalDate today,
            PrescriptionText text) {
        List<Drift> found = new ArrayList<>();
        if (block.status(today) != BlockStatus.ACTIVE) {
            return found;
        }
        LocalDate lastDone = null;
        for (PlannedSession p : block.plan()) {
            for (TrainingSession t : history.fulfilling(p.id())) {
                if (!t.date().isAfter(today) && (lastDone == null || t.date().isAfter(lastDone))) {
                    lastDone = t.date();
                }
            }
        }
        missedWeek(block, history, today).ifPresent(found::add);
        failures(block, history, today, text, found);
        LocalDate since = lastDone == null ? block.start() : lastDone;
        long days = ChronoUnit.DAYS.between(since, today);
        boolean due = block.plan().stream().anyMatch(p -> block.dateOf(p).isAfter(since)
                && block.dateOf(p).isBefore(today));
        if (days >= Context.BREAK_DAYS && due) {
            found.add(new Drift(Kind.BREAK, (lastDone == null ? "Nothing of the plan logged since it started on "
                    : "No session of the plan since ") + PrescriptionText.dates(List.of(since)) + " (" + days
                    + " days)."));
        }
        return found;
    }

    /** The latest week of the last two that ended with planned sessions and none of them done. */
    private static Optional<Drift> missedWeek(TrainingBlock block, TrainingHistory history,
            LocalDate today) {
        int current = block.weekOf(today).orElse(block.weeks() + 1);
        for (int w = current - 1; w >= Math.max(1, current - 2); w--) {
            List<PlannedSession> week = block.plannedIn(w);
            if (!week.isEmpty() && week.stream().allMatch(p -> history.fulfilling(p.id()).isEmpty())) {
                return Optional.of(new Drift(Kind.MISSED_WEEK, "Nothing of week " + w + " was done ("
                        + week.size() + (week.size() == 1 ? " session" : " sessions") + " planned)."));
            }
        }
        return Optional.empty();
    }

    /** Each series whose last two attempts both fell short, named once. */
    private static void failures(TrainingBlock block, TrainingHistory history, LocalDate today,
            PrescriptionText text, List<Drift> found) {
        Set<String> seen = new HashSet<>();
        WeekRequest request = new WeekRequest(block, block.weekOf(today).orElse(block.weeks()), today, false,
                today.plusDays(1));
        for (PlannedSession p : block.plan()) {
            for (int i = 0; i < p.prescriptions().size(); i++) {
                Prescription rx = p.prescriptions().get(i);
                if (rx instanceof Prescription.Timed || !block.dateOf(p).isAfter(today.minusDays(1))) {
                    continue;
                }
                PlannedSeries series = PlannedSeries.of(block, p, i);
                PlannedSeries.Occurrence first = series.first();
                if (!seen.add(first.planned().id() + " " + first.position())) {
                    continue;
                }
                List<PlannedSeries.Attempt> attempts = series.attempts(history, request.historyUntil());
                List<PlannedSeries.Attempt> last = attempts.size() < FAILURES_IN_A_ROW ? List.of()
                        : attempts.subList(attempts.size() - FAILURES_IN_A_ROW, attempts.size());
                if (!last.isEmpty() && last.stream().allMatch(a -> fellShort(a, text))) {
                    String what = rx instanceof Prescription.Strength s ? text.name(s.exercise())
                            : p.displayName();
                    found.add(new Drift(Kind.FAILURES, what + " fell short twice in a row: " + Context.on(last)
                            + "."));
                }
            }
        }
    }

    private static boolean fellShort(PlannedSeries.Attempt a, PrescriptionText text) {
        if (a.prescribed() instanceof Prescription.Strength s) {
            return !StrengthVerdict.judge(s, (StrengthEntry) a.entry(), a.session().rpe(), text).success();
        }
        return !EnduranceRule.shortfall((Prescription.Endurance) a.prescribed(), (EnduranceEntry) a.entry(), text)
                .isEmpty();
    }
}
