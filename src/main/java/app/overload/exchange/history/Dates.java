package app.overload.exchange.history;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The local date-times CSV exports write. Strong writes ISO-like "2024-03-05 18:02:11" but some versions use a
 * 12-hour clock with a narrow no-break space before "PM"; Hevy writes "28 Mar 2025, 17:29". Month names are read
 * in English only, because that is what both apps write whatever the phone's language.
 */
final class Dates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            pattern("uuuu-MM-dd HH:mm:ss"),
            pattern("uuuu-MM-dd HH:mm"),
            pattern("uuuu-MM-dd'T'HH:mm:ss"),
            pattern("uuuu-MM-dd'T'HH:mm"),
            pattern("uuuu-MM-dd h:mm:ss a"),
            pattern("uuuu-MM-dd h:mm a"),
            pattern("d MMM uuuu, HH:mm"),
            pattern("d MMM uuuu, HH:mm:ss"),
            pattern("d MMM uuuu HH:mm"),
            pattern("MMM d, uuuu, h:mm a"),
            pattern("MMM d, uuuu h:mm a"),
            pattern("dd.MM.uuuu HH:mm:ss"),
            pattern("dd.MM.uuuu HH:mm"),
            pattern("dd/MM/uuuu HH:mm:ss"),
            pattern("dd/MM/uuuu HH:mm"));

    /** Shared by all threads; a stale value only changes the order forms are tried in. */
    private static volatile int lastMatch;

    private Dates() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /**
     * @throws DateTimeParseException with the cell in its message when no known form fits
     */
    static LocalDateTime parse(String text) {
        String s = Texts.plainSpaces(text == null ? "" : text).replace("a.m.", "AM").replace("p.m.", "PM")
                .replace("Sept ", "Sep ");
        int first = lastMatch;
        for (int i = 0; i < FORMATS.size(); i++) {
            int index = (first + i) % FORMATS.size(); // a file keeps one form: try the last one that fitted first
            try {
                LocalDateTime parsed = LocalDateTime.parse(s, FORMATS.get(index));
                lastMatch = index;
                return parsed;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new DateTimeParseException("date is not readable: \"" + Texts.shorten(s) + "\"", s, 0);
    }
}
