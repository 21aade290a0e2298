package app.overload.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.BlockStatus;
import app.overload.domain.Checks;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;

/** A block on a given day: its status, plan against done, and progress toward its goal. */
public record BlockReport(TrainingBlock block, LocalDate today, BlockStatus status, Compliance compliance,
        GoalProgress progress) {

    public BlockReport {
        Checks.required(block, "block");
        Checks.required(today, "today");
        Checks.required(status, "status");
        Checks.required(compliance, "compliance");
        Checks.required(progress, "progress");
    }

    public static BlockReport of(TrainingBlock block, Map<PlannedSessionId, LocalDate> done, GoalEvidence evidence,
            LocalDate today, UnitPreferences units) {
        return new BlockReport(block, today, block.status(today), Compliance.of(block, done, today),
                GoalProgress.of(block, evidence, today, units));
    }

    /** The week today falls in while the block runs. */
    public Optional<Integer> currentWeek() {
        return block.weekOf(today).filter(w -> status == BlockStatus.ACTIVE);
    }

    /** "Week 5 of 12", "Starts in 3 days", "Finished 3 Jan", "Archived 5 Jan 2026" (the year when not this one). */
    public String when() {
        return switch (status) {
            case ACTIVE -> "Week " + currentWeek().orElse(1) + " of " + block.weeks();
            case PLANNED -> {
                long days = ChronoUnit.DAYS.between(today, block.start());
                yield days == 1 ? "Starts tomorrow" : "Starts in " + days + " days";
            }
            case FINISHED -> "Finished " + day(block.goalDate());
            case ARCHIVED -> "Archived " + day(block.outcome().archivedOn());
        };
    }

    private String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(
                date.getYear() == today.getYear() ? "d MMM" : "d MMM yyyy", Locale.ENGLISH));
    }

    /** "8 of 9 done · 89 %", or "24 sessions planned" before anything is due. */
    public String complianceText() {
        Compliance c = compliance;
        if (c.planned() == 0) {
            return "No sessions planned";
        }
        return c.percent().isEmpty() ? c.planned() + " sessions planned"
                : c.done() + " of " + c.due() + " done · " + c.percent().getAsInt() + " %";
    }
}
