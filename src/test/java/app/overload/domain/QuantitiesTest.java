package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 1000.5, Double.NaN, Double.POSITIVE_INFINITY})
    void massRefusesNonsenseAndNamesTheField(double kg) {
        assertThatThrownBy(() -> Mass.kilograms(kg)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("load"));
    }

    @Test
    void massOutOfRangeSaysWhatIsAllowed() {
        assertThatThrownBy(() -> Mass.kilograms(-5)).hasMessage("Load must be between 0 and 1,000 kg (was -5 kg).");
    }

    /** Junk such as 1.7e308 is said in a few characters, not the 309 digits of the number. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.7e308   | Load must be between 0 and 1,000 kg (was 1.7e308 kg).
            -1.7e308  | Load must be between 0 and 1,000 kg (was -1.7e308 kg).
            1e15      | Load must be between 0 and 1,000 kg (was 1e15 kg).
            123456789 | Load must be between 0 and 1,000 kg (was 123,456,789 kg).
            """)
    void anAbsurdLoadIsSaidInFewCharacters(double kg, String message) {
        assertThatThrownBy(() -> Mass.kilograms(kg)).hasMessage(message);
    }

    @Test
    void anAbsurdDurationIsNotSpelledOutInHours() {
        assertThatThrownBy(() -> Checks.positiveDuration(Duration.ofDays(400_000), "duration"))
                .hasMessage("Duration must be at most 24 hours (was more than 1,000 hours).");
    }

    @Test
    void poundsConvertExactly() {
        assertThat(Mass.pounds(225).kilograms()).isCloseTo(102.058, within(0.001));
        assertThat(Mass.kilograms(100).pounds()).isCloseTo(220.462, within(0.001));
    }

    @Test
    void roundsDownToWhatABarCanHold() {
        assertThat(Mass.kilograms(103.7).roundDown(2.5, MassUnit.KG)).isEqualTo(Mass.kilograms(102.5));
        assertThat(Mass.kilograms(102.5).roundDown(2.5, MassUnit.KG)).isEqualTo(Mass.kilograms(102.5));
        assertThat(Mass.pounds(227).roundDown(5, MassUnit.LB).pounds()).isCloseTo(225, within(1e-9));
    }

    @Test
    void roundingNeverAddsWeightNorLosesAWholeStep() {
        qt().withFixedSeed(3L).forAll(doubles().between(0, 999)).checkAssert(kg -> {
            Mass rounded = Mass.kilograms(kg).roundDown(2.5, MassUnit.KG);
            assertThat(rounded.kilograms()).isLessThanOrEqualTo(kg + 1e-6).isGreaterThan(kg - 2.5);
        });
    }

    @Test
    void kilogramsAndPoundsRoundTrip() {
        qt().withFixedSeed(4L).forAll(doubles().between(0, 450))
                .checkAssert(kg -> assertThat(Mass.pounds(Mass.kilograms(kg).pounds()).kilograms())
                        .isCloseTo(kg, within(1e-9)));
    }

    @Test
    void distanceRefusesNegativeAndAbsurd() {
        assertThatThrownBy(() -> Distance.metres(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Distance.kilometres(5000)).hasMessageContaining("Distance must be between");
        assertThat(Distance.miles(1).metres()).isEqualTo(1609.344);
    }

    @Test
    void paceFromDistanceAndTime() {
        Pace pace = Pace.of(Distance.kilometres(8), Duration.ofSeconds(40 * 60 + 12));
        assertThat(pace.per(DistanceUnit.KM)).isEqualTo(Duration.ofMillis(301_500));
        assertThat(pace.timeFor(Distance.kilometres(8))).isEqualTo(Duration.ofSeconds(40 * 60 + 12));
        assertThat(Pace.perMile(Duration.ofSeconds(435)).secondsPer(DistanceUnit.MI)).isCloseTo(435, within(1e-9));
        assertThat(Pace.fromSpeed(30).secondsPerKilometre()).isEqualTo(120);
    }

    @Test
    void paceNeedsADistance() {
        assertThatThrownBy(() -> Pace.of(Distance.ZERO, Duration.ofMinutes(30))).isInstanceOf(
                InvalidValueException.class).hasMessageContaining("distance");
    }

    @Test
    void rpeStaysOnItsScaleAndGivesRepsInReserve() {
        assertThatThrownBy(() -> Rpe.of(10.5)).isInstanceOf(InvalidValueException.class);
        assertThat(Rpe.fromRepsInReserve(2)).isEqualTo(Rpe.of(8));
        assertThat(Rpe.of(7.5).repsInReserve()).isEqualTo(2.5);
    }

    @Test
    void durationsAsClockText() {
        assertThat(Durations.clock(Duration.ofSeconds(45))).isEqualTo("0:45");
        assertThat(Durations.clock(Duration.ofSeconds(40 * 60 + 12))).isEqualTo("40:12");
        assertThat(Durations.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(Durations.hoursMinutes(Duration.ofMinutes(250))).isEqualTo("4 h 10 min");
    }
}
