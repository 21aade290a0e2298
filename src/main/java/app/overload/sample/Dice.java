package app.overload.sample;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The sample's one source of chance: seeded, so the same seed always gives the same logbook. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** A value around {@code centre}, off by at most {@code spread} (a fraction) either way. */
    double around(double centre, double spread) {
        return centre * (1 + between(-spread, spread));
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A version-4 UUID drawn from the seeded stream. */
    UUID uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
