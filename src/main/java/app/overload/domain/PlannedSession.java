package app.overload.domain;

import java.time.DayOfWeek;
import java.util.List;

/** A session in a block's plan: its week (from 1), day, purpose and prescriptions. */
public record PlannedSession(PlannedSessionId id, int week, DayOfWeek day, Purpose purpose, String title,
        List<Prescription> prescriptions, String notes) {

    public PlannedSession {
        Checks.required(id, "id");
        Checks.intInRange(week, 1, TrainingBlock.MAX_WEEKS, "week");
        Checks.required(day, "day");
        Checks.required(purpose, "purpose");
        title = Checks.optionalName(title, "title");
        prescriptions = Checks.list(prescriptions, "prescriptions");
        notes = Checks.notes(notes, "notes");
    }

    /** The title, or the purpose when no title was given. */
    public String displayName() {
        return title.isEmpty() ? purpose.label() : title;
    }
}
