package app.overload.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes all-day events as an iCalendar file (RFC 5545) that calendar apps import: CRLF line ends, content lines
 * folded at 75 octets without splitting a UTF-8 character, text values escaped, and every event with the UID and
 * DTSTAMP the RFC requires. The writer is small enough to own; the tests unfold and parse what it writes.
 */
public final class CalendarWriter {

    /** RFC 5545 §3.1: lines longer than this many octets, line break excluded, are folded. */
    static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarWriter() {
    }

    /**
     * @param name  the calendar's name, which some apps show for the imported calendar
     * @param stamp when the file was made (DTSTAMP), written in UTC to the second
     */
    public static void write(String name, List<CalendarEvent> events, Instant stamp, OutputStream out)
            throws IOException {
        StringBuilder text = new StringBuilder(512 + 512 * events.size());
        line(text, "BEGIN:VCALENDAR");
        line(text, "VERSION:2.0");
        line(text, "PRODID:-//Overload//Training plan//EN");
        line(text, "CALSCALE:GREGORIAN");
        line(text, "METHOD:PUBLISH");
        line(text, "X-WR-CALNAME:" + escape(name));
        String dtstamp = STAMP.format(stamp);
        for (CalendarEvent e : events) {
            line(text, "BEGIN:VEVENT");
            line(text, "UID:" + escape(e.uid()));
            line(text, "DTSTAMP:" + dtstamp);
            line(text, "DTSTART;VALUE=DATE:" + day(e.day()));
            line(text, "DTEND;VALUE=DATE:" + day(e.day().plusDays(1)));
            line(text, "SUMMARY:" + escape(e.summary()));
            if (!e.description().isEmpty()) {
                line(text, "DESCRIPTION:" + escape(e.description()));
            }
            if (!e.categories().isEmpty()) {
                line(text, "CATEGORIES:" + String.join(",", e.categories().stream().map(CalendarWriter::escape)
                        .toList()));
            }
            // An all-day plan entry should not show the day as busy.
            line(text, "TRANSP:TRANSPARENT");
            line(text, "END:VEVENT");
        }
        line(text, "END:VCALENDAR");
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\': out.append("\\\\"); break;
                case ';': out.append("\\;"); break;
                case ',': out.append("\\,"); break;
                case '\r':
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append("\\n");
                    break;
                case '\n': out.append("\\n"); break;
                default:
                    // Other control characters are not allowed in a text value; a tab reads as a space.
                    out.append(c == '\t' ? ' ' : Character.isISOControl(c) ? "" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /**
     * Appends one content line, folded (RFC 5545 §3.1): at most 75 octets per physical line, continuation lines
     * starting with one space, and never inside a character's UTF-8 bytes or a surrogate pair.
     */
    static void line(StringBuilder text, String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > limit) {
                text.append("\r\n ");
                octets = 1;
                limit = LINE_OCTETS;
            }
            text.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        text.append("\r\n");
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
