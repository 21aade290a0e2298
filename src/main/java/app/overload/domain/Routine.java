package app.overload.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A named workout to start from ("Upper A", "Spin + core"): the exercises and activities of a session, in order.
 * Started, it fills the log form, each exercise from the last time it was done (the sets kept here stand in for
 * an exercise never done). What belongs to one day only is not kept: notes, heart rate, climbing and intervals.
 */
public record Routine(RoutineId id, String name, List<ActivityEntry> entries) {

    public static final int MAX_ENTRIES = 100;

    public Routine {
        Checks.required(id, "routine id");
        name = Checks.name(name, "routine name");
        entries = Checks.list(entries, "entries");
        if (entries.isEmpty()) {
            throw new InvalidValueException("entries", "A routine needs at least one exercise or activity.");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidValueException("entries", "A routine can have at most " + MAX_ENTRIES
                    + " exercises and activities.");
        }
        List<ActivityEntry> kept = new ArrayList<>();
        for (ActivityEntry e : entries) {
            kept.add(template(e));
        }
        entries = List.copyOf(kept);
    }

    /** The routine of a session's entries. */
    public static Routine of(String name, Session session) {
        return new Routine(RoutineId.random(), name, session.entries());
    }

    public Routine renamed(String newName) {
        return new Routine(id, newName, entries);
    }

    private static ActivityEntry template(ActivityEntry entry) {
        Checks.required(entry, "entry");
        if (entry instanceof StrengthEntry s) {
            return s.notes().isEmpty() ? s : new StrengthEntry(s.exercise(), s.sets(), "");
        }
        if (entry instanceof EnduranceEntry e) {
            return EnduranceEntry.of(e.modality(), e.distance(), e.duration());
        }
        TimedEntry t = (TimedEntry) entry;
        return TimedEntry.of(t.activity(), t.duration(), t.effort());
    }
}
