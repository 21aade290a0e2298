package app.overload.domain;

import java.time.Duration;

/**
 * Time spent on an activity measured by the clock rather than by load or distance: yoga, a class, stairs.
 *
 * @param effort how hard it felt on the RPE scale, or null
 */
public record TimedEntry(String activity, Duration duration, Rpe effort, String notes) implements ActivityEntry {

    public TimedEntry {
        activity = Checks.name(activity, "activity");
        duration = Checks.positiveDuration(duration, "duration");
        notes = Checks.notes(notes, "notes");
    }

    public static TimedEntry of(String activity, Duration duration, Rpe effort) {
        return new TimedEntry(activity, duration, effort, "");
    }
}
