package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeartRateHistogramTest {

    @Test
    void writesTheLowestRateThenTheSecondsAtEachBeatUp() {
        HeartRateHistogram h = HeartRateHistogram.of(146, 0, 0, 30, 0, 125, 0);

        assertThat(h.text()).isEqualTo("148:30,0,125");
        assertThat(h.lowest()).isEqualTo(148);
        assertThat(h.highest()).isEqualTo(150);
        assertThat(h.secondsAt(150)).isEqualTo(125);
        assertThat(h.secondsAt(149)).isZero();
        assertThat(h.secondsAt(20)).isZero();
        assertThat(h.totalSeconds()).isEqualTo(155);
        // (148 × 30 + 150 × 125) / 155 = 149.6
        assertThat(h.average()).isEqualTo(150);
        assertThat(HeartRateHistogram.parse("148:30,0,125")).isEqualTo(h).hasSameHashCodeAs(h);
    }

    @Test
    void theBuilderRoundsEachHeartRateToWholeSecondsAndLeavesImpossibleRatesOut() {
        HeartRateHistogram h = new HeartRateHistogram.Builder().add(140, 0.6).add(140, 1.2).add(141, 0.4)
                .add(300, 50).add(10, 50).add(142, Double.NaN).add(143, -3).build().orElseThrow();
        assertThat(h.text()).isEqualTo("140:2");
        assertThat(new HeartRateHistogram.Builder().add(140, 0.4).build()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", "148", "148:", ":30", "148:30,,1", "148:x", "abc", "20:5", "249:1,1,1",
        "148:-5", "148:0,0", "148:90000"})
    void refusesTextThatIsNoRecordingNamingTheField(String text) {
        assertThatThrownBy(() -> HeartRateHistogram.parse(text)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("heart rate"));
    }

    @Test
    void everyRecordingReadsBackFromItsText() {
        qt().withExamples(500).withFixedSeed(20261201L).forAll(integers().between(25, 250), longs().all())
                .checkAssert((lowest, seed) -> {
                    Random random = new Random(seed);
                    int[] seconds = new int[1 + random.nextInt(251 - lowest)];
                    seconds[0] = 1 + random.nextInt(100);
                    for (int i = 1; i < seconds.length; i++) {
                        seconds[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(300);
                    }
                    HeartRateHistogram h = HeartRateHistogram.of(lowest, seconds);
                    assertThat(HeartRateHistogram.parse(h.text())).isEqualTo(h);
                    assertThat(h.average()).isBetween(h.lowest(), h.highest());
                });
    }

    @Test
    void junkIsRefusedWithTheDomainsOwnException() {
        qt().withExamples(2000).withFixedSeed(20261202L).forAll(strings().ascii().ofLengthBetween(0, 40))
                .checkAssert(text -> {
                    try {
                        HeartRateHistogram.parse(text);
                    } catch (InvalidValueException expected) {
                        assertThat(expected.getMessage()).isNotBlank();
                    }
                });
    }
}
