package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.Rpe;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

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

    @Property
    void loadForAnRpeInvertsTheEstimate(@ForAll @DoubleRange(min = 20, max = 300) double kg,
            @ForAll @IntRange(min = 1, max = 12) int reps, @ForAll @IntRange(min = 12, max = 20) int halfRpe) {
        Rpe rpe = Rpe.of(halfRpe / 2.0);
        Mass max = OneRepMax.fromRpe(Mass.kilograms(kg), reps, rpe);
        assertThat(OneRepMax.loadFor(max, reps, rpe).kilograms()).isCloseTo(kg, within(1e-6));
    }

    @Property
    void absurdLoggedLoadsStillGiveAFiniteEstimate(@ForAll @DoubleRange(min = 0, max = 1000) double kg,
            @ForAll @IntRange(min = 1, max = 1000) int reps) {
        assertThat(OneRepMax.epley(Mass.kilograms(kg), reps).kilograms()).isBetween(0.0, Mass.MAX_KILOGRAMS);
    }
}
