package app.overload.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import app.overload.analysis.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisScaleAndDateTicksTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # min,  max,   from zero, lower, upper, step
              0,    3037.5, true,     0,     3500,  500
              79,   108,    false,    75,    110,   5
              0.47, 1.6,    false,    0.4,   1.8,   0.2
              -200, 700,    false,    -400,  800,   200
              100,  100,    false,    90,    110,   2.5
            """)
    void roundNumbersFramingTheData(double min, double max, boolean fromZero, double lower, double upper,
            double step) {
        AxisScale scale = AxisScale.of(min, max, fromZero, ValueFormat.NUMBER);
        assertThat(scale).isEqualTo(new AxisScale(lower, upper, step));
    }

    @Test
    void countsStepInWholeNumbers() {
        assertThat(AxisScale.of(0, 11, true, ValueFormat.COUNT)).isEqualTo(new AxisScale(0, 12, 2));
        assertThat(AxisScale.of(0, 3, true, ValueFormat.COUNT)).isEqualTo(new AxisScale(0, 3, 1));
        assertThat(AxisScale.of(0, 19, true, ValueFormat.COUNT)).isEqualTo(new AxisScale(0, 20, 5));
    }

    @Test
    void timesStepInClockUnits() {
        // Paces from 4:17 to 4:34 per km: 5-second steps from 4:15.
        AxisScale pace = AxisScale.of(257, 274, false, ValueFormat.CLOCK);
        assertThat(pace.step()).isEqualTo(5);
        assertThat(ValueFormat.CLOCK.format(pace.lower())).isEqualTo("4:15");
        AxisScale race = AxisScale.of(5700, 6300, false, ValueFormat.CLOCK);
        // Race times from 1:35:00 to 1:45:00: two-minute steps from 1:34:00 to 1:46:00.
        assertThat(race.step()).isEqualTo(120);
        assertThat(ValueFormat.CLOCK.format(race.lower())).isEqualTo("1:34:00");
        assertThat(ValueFormat.CLOCK.format(race.upper())).isEqualTo("1:46:00");
    }

    @Test
    void ticksFallOnMondaysMonthsAndYears() {
        long first = LocalDate.of(2026, 8, 27).toEpochDay();
        long last = LocalDate.of(2026, 11, 23).toEpochDay();
        assertThat(DateTicks.choose(last - first, 14)).isEqualTo(DateTicks.WEEK);
        assertThat(DateTicks.WEEK.ticks(first, last)).first()
                .isEqualTo(LocalDate.of(2026, 8, 31).toEpochDay());
        assertThat(DateTicks.WEEK.label(LocalDate.of(2026, 8, 31).toEpochDay())).isEqualTo("31 Aug");

        assertThat(DateTicks.choose(3650, 12)).isEqualTo(DateTicks.YEAR);
        assertThat(DateTicks.YEAR.ticks(LocalDate.of(2016, 11, 28).toEpochDay(), last))
                .hasSize(10).first().isEqualTo(LocalDate.of(2017, 1, 1).toEpochDay());
        assertThat(DateTicks.QUARTER.ticks(first, LocalDate.of(2027, 6, 1).toEpochDay()))
                .extracting(d -> LocalDate.ofEpochDay(d).toString())
                .containsExactly("2026-10-01", "2027-01-01", "2027-04-01");
        assertThat(DateTicks.MONTH.label(LocalDate.of(2026, 10, 1).toEpochDay())).isEqualTo("Oct 2026");
    }
}
