package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and loads the way the reasons write them. */
class PrescriptionTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-07                       | 7 Nov
            2026-11-03 2026-11-05 2026-11-07 | 3, 5 and 7 Nov
            2026-10-30 2026-11-01 2026-11-03 | 30 Oct, 1 and 3 Nov
            2025-12-29 2026-01-02            | 29 Dec 2025 and 2 Jan
            2026-11-05 2026-11-03 2026-11-05 | 3 and 5 Nov
            """)
    void writesDatesAsASentenceDoes(String days, String expected) {
        List<LocalDate> dates = Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        assertThat(PrescriptionText.dates(dates)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} kg + {1} kg in {2} → {3} kg")
    @CsvSource(textBlock = """
            100,    2.5, KG, 102.5
            100,    5,   KG, 105
            16,     2,   KG, 18
            10,     1,   KG, 11
            100,    2.5, LB, 102.0582
            102.06, 2.5, LB, 104.3262
            """)
    void roundsIncreasesToLoadablePlates(double kg, double increment, MassUnit unit, double expected) {
        assertThat(PlateMath.up(Mass.kilograms(kg), Mass.kilograms(increment), unit).kilograms())
                .isCloseTo(expected, Assertions.within(0.0001));
    }
}
