package app.overload.ui.log;

import java.time.Duration;
import java.util.Map;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Checks;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Rpe;
import app.overload.domain.TimedEntry;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;

/** Time spent on an activity measured by the clock: yoga, a class, stairs. Duration and effort. */
public final class TimedModel extends EntryModel {

    private final Field activity;
    private final Field duration;
    private final Field effort;

    TimedModel(Runnable onChange) {
        activity = new Field(onChange);
        duration = new Field(onChange);
        effort = new Field(onChange);
    }

    public Field activity() {
        return activity;
    }

    public Field duration() {
        return duration;
    }

    /** How hard it felt, 0–10. */
    public Field effort() {
        return effort;
    }

    @Override
    ActivityEntry build(Validation v, UnitPreferences units) {
        String name = v.field(activity, () -> Checks.name(activity.text(), "activity"));
        Duration t = v.field(duration, () -> {
            if (duration.isBlank()) {
                throw new InvalidValueException("duration", "Duration is required.");
            }
            return Inputs.duration(duration.text(), "duration", Inputs.Plain.MINUTES, false);
        });
        Rpe e = effort.isBlank() ? null : v.field(effort, () -> Inputs.rpe(effort.text(), "effort"));
        if (effort.isBlank()) {
            v.field(effort, () -> null);
        }
        if (name == null || t == null || (!effort.isBlank() && e == null)) {
            return null;
        }
        return v.build(() -> new TimedEntry(name, t, e, notes()),
                Map.of("activity", activity, "duration", duration), duration);
    }

    void fill(TimedEntry entry) {
        activity.set(entry.activity());
        duration.set(Inputs.durationText(entry.duration()));
        effort.set(entry.effort() == null ? "" : entry.effort().toString());
        setNotes(entry.notes());
    }

    @Override
    void write(DraftText.Writer out, String prefix) {
        out.put(prefix + ".type", "timed").put(prefix + ".activity", activity).put(prefix + ".duration", duration)
                .put(prefix + ".effort", effort).put(prefix + ".notes", notes());
    }

    void read(DraftText.Reader in, String prefix) {
        in.into(prefix + ".activity", activity);
        in.into(prefix + ".duration", duration);
        in.into(prefix + ".effort", effort);
        setNotes(in.get(prefix + ".notes"));
    }

    @Override
    void convertUnits(UnitPreferences from, UnitPreferences to) {
        // Nothing here depends on units.
    }
}
