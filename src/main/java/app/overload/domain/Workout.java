package app.overload.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A stand-alone session: not aimed at a goal and not built on the last one. A spin class, a fun run, a swim
 * for the pleasure of it.
 *
 * @param label a free name such as "spin class"; empty when none
 */
public record Workout(SessionId id, LocalDateTime start, Duration duration, Rpe rpe, String notes,
        List<ActivityEntry> entries, String label) implements Session {

    public Workout {
        entries = Session.checkCommon(id, start, duration, notes, entries);
        start = start.truncatedTo(ChronoUnit.SECONDS);
        duration = Checks.positiveDuration(duration, "duration");
        notes = Checks.notes(notes, "notes");
        label = Checks.optionalName(label, "label");
    }
}
