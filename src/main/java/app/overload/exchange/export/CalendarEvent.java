package app.overload.exchange.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One all-day event of an iCalendar file: a planned session on its day.
 *
 * @param uid         the same for the same planned session in every export, so a calendar that imports the file
 *                    again updates the event instead of adding a second one
 * @param description free text; line breaks are kept
 * @param categories  labels a calendar can filter by, such as the purpose
 */
public record CalendarEvent(String uid, LocalDate day, String summary, String description, List<String> categories) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(day, "day");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        categories = List.copyOf(categories);
        if (uid.isBlank() || uid.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("An event's UID must be one line of text, was \"" + uid + "\"");
        }
    }
}
