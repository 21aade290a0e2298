package app.overload.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 5545's text rules, one by one: escaping (§3.3.11), folding (§3.1), CRLF, UID and DTSTAMP (§3.6.1). */
class CalendarWriterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            plain                    | Easy run 8 km           | Easy run 8 km
            comma                    | 5×5, then 3×8           | 5×5\\, then 3×8
            semicolon                | squat; bench            | squat\\; bench
            backslash                | a\\b                    | a\\\\b
            """)
    void escapesTextValues(String what, String value, String written) {
        assertThat(CalendarWriter.escape(value)).isEqualTo(written);
    }

    @Test
    void lineBreaksOfEveryKindBecomeBackslashN() {
        assertThat(CalendarWriter.escape("one\ntwo\r\nthree\rfour")).isEqualTo("one\\ntwo\\nthree\\nfour");
        assertThat(CalendarWriter.escape("tab\there\u0007")).isEqualTo("tab here");
    }

    @Test
    void foldsAt75OctetsWithoutSplittingACharacter() {
        String content = "DESCRIPTION:" + "Kniebeuge 5×5 @ 100 kg — schwer, aber sauber; ".repeat(6) + "🏋️ fertig";
        StringBuilder text = new StringBuilder();
        CalendarWriter.line(text, content);

        String folded = text.toString();
        assertThat(folded).endsWith("\r\n");
        String[] physical = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertThat(physical.length).isGreaterThan(3);
        for (int i = 0; i < physical.length; i++) {
            byte[] bytes = physical[i].getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical[i]); // whole characters only
            if (i > 0) {
                assertThat(physical[i]).startsWith(" ");
            }
        }
        assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(content);
    }

    @Test
    void aShortLineIsNotFolded() {
        StringBuilder text = new StringBuilder();
        CalendarWriter.line(text, "X".repeat(75));
        assertThat(text).hasToString("X".repeat(75) + "\r\n");
    }

    @Test
    void everyEventHasTheRequiredPropertiesAndAllDayDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CalendarWriter.write("Half marathon, spring", List.of(new CalendarEvent("abc@overload",
                LocalDate.of(2026, 12, 31), "Long run", "Purpose: Long run\n18 km", List.of("Long run", "Training"))),
                Instant.parse("2026-11-23T08:30:05.250Z"), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Overload//Training plan//EN", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:Half marathon\\, spring", "BEGIN:VEVENT", "UID:abc@overload",
                "DTSTAMP:20261123T083005Z", "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101",
                "SUMMARY:Long run", "DESCRIPTION:Purpose: Long run\\n18 km", "CATEGORIES:Long run,Training",
                "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR", ""));
    }
}
