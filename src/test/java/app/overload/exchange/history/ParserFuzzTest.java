package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Every reader fed damaged copies of real files (bytes flipped, cut short, junk spliced in, lines swapped) and
 * pure noise: it must come back with workouts and problems, never an exception.
 */
class ParserFuzzTest {

    private static final List<Seed> SEEDS = seeds();
    private final HistoryFileReader reader = new HistoryFileReader(Fixtures.OPTIONS);

    record Seed(String name, byte[] bytes) {
    }

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        try {
            for (String name : List.of("strong-comma.csv", "strong-semicolon-de.csv", "strong-bad-rows.csv",
                    "hevy-kg.csv", "hevy-lbs.csv", "run-hr-1.1.gpx", "walk-1.0.gpx", "run-missing-distance.tcx")) {
                seeds.add(new Seed(name, Files.readAllBytes(Fixtures.path(name))));
            }
            Path folder = Files.createTempDirectory("overload-fuzz");
            Path fit = FitFiles.ride(folder);
            seeds.add(new Seed("ride.fit", Files.readAllBytes(fit)));
            Files.delete(fit);
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    @Test
    void damagedFilesNeverThrow() {
        qt().withExamples(3000).withFixedSeed(20261123L)
                .forAll(integers().between(0, SEEDS.size() - 1), longs().all())
                .checkAssert((index, randomSeed) -> {
                    Seed damaged = mutate(SEEDS.get(index), new Random(randomSeed));
                    ParsedHistory parsed = reader.read(damaged.name(), damaged.name(),
                            new ByteArrayInputStream(damaged.bytes()), damaged.bytes().length, ImportProgress.NONE);

                    assertThat(parsed).isNotNull();
                    assertThat(parsed.workouts().isEmpty() && parsed.problems().isEmpty())
                            .as("a file that gave nothing says why").isFalse();
                    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
                });
    }

    private static Seed mutate(Seed seed, Random random) {
        byte[] b = seed.bytes().clone();
        int kind = random.nextInt(6);
        switch (kind) {
            case 0 -> { // flip a few bytes
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length)); // cut short
            case 2 -> { // splice junk into the middle
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                int at = random.nextInt(b.length);
                byte[] joined = new byte[b.length + junk.length];
                System.arraycopy(b, 0, joined, 0, at);
                System.arraycopy(junk, 0, joined, at, junk.length);
                System.arraycopy(b, at, joined, at + junk.length, b.length - at);
                b = joined;
            }
            case 3 -> { // replace a printable character with a delimiter, quote or angle bracket
                char[] nasty = {',', ';', '"', '<', '>', '&', '\n', '\u00a0', '-', '9'};
                for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) nasty[random.nextInt(nasty.length)];
                }
            }
            case 4 -> { // keep the header, then noise
                int keep = Math.min(b.length, 200 + random.nextInt(200));
                byte[] noise = new byte[random.nextInt(2048)];
                random.nextBytes(noise);
                b = Arrays.copyOf(Arrays.copyOf(b, keep), keep + noise.length);
                System.arraycopy(noise, 0, b, keep, noise.length);
            }
            default -> { // pure noise under the seed's name
                b = new byte[random.nextInt(4096)];
                random.nextBytes(b);
            }
        }
        return new Seed(seed.name(), b);
    }
}
