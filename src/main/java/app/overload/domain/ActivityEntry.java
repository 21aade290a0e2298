package app.overload.domain;

import java.time.Duration;

/** One thing done within a session: lifting an exercise, covering a distance, or a timed activity. */
public sealed interface ActivityEntry permits StrengthEntry, EnduranceEntry, TimedEntry {

    /** Time this entry took, where known; strength entries report the rest they logged. */
    Duration duration();
}
