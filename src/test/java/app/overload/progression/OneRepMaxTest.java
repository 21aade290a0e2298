package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.Rpe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneRepMaxTest {

    @ParameterizedTest(name = "{0} reps @ RPE {1} is {2} % of 1RM")
    @CsvSource(textBlock = """
            1,  10, 100.0
            5,  10, 86.5
            5,  8,  81.2
            8,  8,  73.3
            10, 8,  68.0
            """)
    void rpeTableMatchesTheWorkedNumbers(int reps, double rpe, double percent) {
        assertThat(OneRepMax.percentOfMax(reps, Rpe.of(rpe))).isCloseTo(percent, within(0.05));
    }

    @Test
    void rpeTableNeverDropsBelowFiftyPercent() {
        assertThat(OneRepMax.percentOfMax(30, Rpe.of(4))).isEqualTo(50);
    }

    @ParameterizedTest(name = "{0} kg × {1}: Epley {2}, Brzycki {3}")
    @CsvSource(textBlock = """
            100, 5,  116.67, 112.5
            100, 1,  100.0,  100.0
            60,  10, 80.0,   80.0
            """)
    void epleyAndBrzyckiMatchTheWorkedNumbers(double kg, int reps, double epley, double brzycki) {
        assertThat(OneRepMax.epley(Mass.kilograms(kg), reps).kilograms()).isCloseTo(epley, within(0.01));
        assertThat(OneRepMax.brzycki(Mass.kilograms(kg), reps).kilograms()).isCloseTo(brzycki, within(0.01));
    }

    @Test
    void estimatesFromRpeWhenLoggedAndFromEpleyOtherwise() {
        Mass load = Mass.kilograms(100);
        assertThat(OneRepMax.estimate(load, 5, Rpe.of(8)).kilograms()).isCloseTo(100 / 0.8124, within(0.1));
        assertThat(OneRepMax.estimate(load, 5, null).kilograms()).isCloseTo(116.67, within(0.01));
    }

    @Test
    void refusesEstimatesFromZeroReps() {
        assertThatThrownBy(() -> OneRepMax.epley(Mass.kilograms(100), 0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void loadForAnRpeInvertsTheEstimate() {
        qt().withFixedSeed(1L).forAll(doubles().between(20, 300), integers().between(1, 12), integers().between(12, 20))
                .checkAssert((kg, reps, halfRpe) -> {
                    Rpe rpe = Rpe.of(halfRpe / 2.0);
                    Mass max = OneRepMax.fromRpe(Mass.kilograms(kg), reps, rpe);
                    assertThat(OneRepMax.loadFor(max, reps, rpe).kilograms()).isCloseTo(kg, within(1e-6));
                });
    }

    @Test
    void absurdLoggedLoadsStillGiveAFiniteEstimate() {
        qt().withFixedSeed(2L).forAll(doubles().between(0, 1000), integers().between(1, 1000))
                .checkAssert((kg, reps) -> assertThat(OneRepMax.epley(Mass.kilograms(kg), reps).kilograms())
                        .isBetween(0.0, Mass.MAX_KILOGRAMS));
    }
}
