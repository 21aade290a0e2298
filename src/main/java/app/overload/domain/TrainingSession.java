package app.overload.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A session inside a training block: it has a purpose and, when it was planned, points at the planned session
 * it fulfils.
 *
 * @param plannedSession the planned session this fulfils, or null for an unplanned session attached to the block
 */
public record TrainingSession(SessionId id, LocalDateTime start, Duration duration, Rpe rpe, String notes,
        List<ActivityEntry> entries, BlockId block, Purpose purpose, PlannedSessionId plannedSession)
        implements Session {

    public TrainingSession {
        entries = Session.checkCommon(id, start, duration, notes, entries);
        start = start.truncatedTo(ChronoUnit.SECONDS);
        duration = Checks.positiveDuration(duration, "duration");
        notes = Checks.notes(notes, "notes");
        Checks.required(block, "block");
        Checks.required(purpose, "purpose");
    }
}
