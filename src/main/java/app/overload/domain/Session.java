package app.overload.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Something the user did on a day. A {@link Workout} stands alone; a {@link TrainingSession} belongs to a block,
 * has a purpose and builds on the sessions before it. The app keeps the two apart everywhere.
 */
public sealed interface Session permits Workout, TrainingSession {

    SessionId id();

    /** Local wall-clock time the session started. */
    LocalDateTime start();

    Duration duration();

    /** Session RPE (0–10), or null when not logged. */
    Rpe rpe();

    String notes();

    List<ActivityEntry> entries();

    default LocalDate date() {
        return start().toLocalDate();
    }

    /** Session load in arbitrary units (Foster's sRPE × minutes), when the session RPE is known. */
    default OptionalDouble load() {
        return rpe() == null ? OptionalDouble.empty()
                : OptionalDouble.of(rpe().value() * duration().toSeconds() / 60.0);
    }

    /** Shared checks of the fields both kinds have; returns the entries as an unmodifiable copy. */
    static List<ActivityEntry> checkCommon(SessionId id, LocalDateTime start, Duration duration, String notes,
            List<ActivityEntry> entries) {
        Checks.required(id, "id");
        Checks.required(start, "start");
        if (!Checks.inLogbookRange(start.toLocalDate())) {
            throw new InvalidValueException("date", "Date must be between the years 1900 and 2999.");
        }
        Checks.positiveDuration(duration, "duration");
        Checks.notes(notes, "notes");
        List<ActivityEntry> copy = Checks.list(entries, "entries");
        if (copy.isEmpty()) {
            throw new InvalidValueException("entries", "A session needs at least one exercise or activity.");
        }
        if (copy.size() > 100) {
            throw new InvalidValueException("entries", "A session can have at most 100 exercises or activities.");
        }
        return copy;
    }
}
