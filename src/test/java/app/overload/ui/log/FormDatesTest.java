package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import app.overload.domain.UnitPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The form's day and start are read in one place, and a field that holds no date or time falls back to the injected
 * clock, never the machine's: the clock here is set in 2031 so the machine's own date could not pass for it.
 */
class FormDatesTest {

    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2031, 3, 4, 7, 30).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @ParameterizedTest(name = "date [{0}] time [{1}] → {2} at {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23 | 18:05 | 2026-11-23 | 2026-11-23T18:05
            2026-11-23 | 25:00 | 2026-11-23 | 2031-03-04T07:30
            yesterday  | 18:05 | 2031-03-04 | 2031-03-04T07:30
            ''         | ''    | 2031-03-04 | 2031-03-04T07:30
            """)
    void readsTheDayAndStartOrFallsBackToTheInjectedClock(String date, String time, LocalDate day,
            LocalDateTime start) {
        LogForm form = new LogForm(() -> { }, CLOCK, () -> UnitPreferences.METRIC);
        form.date().set(date);
        form.time().set(time);

        assertThat(form.day()).isEqualTo(day);
        assertThat(form.start()).isEqualTo(start);
    }
}
