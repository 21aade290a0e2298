package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;

import app.overload.exchange.fit.FitFixtures;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import org.junit.jupiter.api.Test;

/**
 * FIT files garbled under a checksum made right again, so that the damage reaches the messages: the import gives
 * workouts or problems that say what is wrong, never an exception and never the reader's last-resort message.
 */
class FitParserFuzzTest {

    private static final List<byte[]> SEEDS = List.of(FitFixtures.run(FitFixtures.GARMIN_WATCH, 300, true),
            FitFixtures.activity(FitFixtures.WAHOO, FitFixtures.START, false,
                    new FitFixtures.Leg(Sport.SWIMMING, SubSport.OPEN_WATER, 120, 1.0, 1),
                    new FitFixtures.Leg(Sport.TRANSITION, SubSport.SWIM_TO_BIKE_TRANSITION, 30, 1.0, 1),
                    new FitFixtures.Leg(Sport.CYCLING, SubSport.ROAD, 120, 9.0, 2)));

    private final HistoryFileReader reader = new HistoryFileReader(Fixtures.OPTIONS);

    @Test
    void garbledMessagesNeverThrowAndAlwaysSayWhy() {
        qt().withExamples(300).withFixedSeed(20261207L)
                .forAll(integers().between(0, SEEDS.size() - 1), integers().between(1, 30), longs().all())
                .checkAssert((seed, changes, randomSeed) -> {
                    Random random = new Random(randomSeed);
                    byte[] bytes = SEEDS.get(seed).clone();
                    for (int i = 0; i < changes; i++) {
                        bytes[14 + random.nextInt(bytes.length - 16)] = (byte) random.nextInt(256);
                    }
                    byte[] garbled = FitFixtures.withChecksumFixed(bytes);

                    ParsedHistory parsed = reader.read("g.fit", "g.fit", new ByteArrayInputStream(garbled),
                            garbled.length, ImportProgress.NONE);

                    assertThat(parsed.workouts().isEmpty() && parsed.problems().isEmpty()).isFalse();
                    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.reason())
                            .doesNotStartWith("The file could not be read ("));
                });
    }
}
