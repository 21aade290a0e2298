package app.overload.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whole seconds spent at each heart rate (in whole beats per minute) during a recorded activity. This, rather than
 * the time in each zone, is what the logbook keeps per entry: zones are the athlete's to change, and time in the new
 * zones then follows from the same recording (docs/decisions/0018). A few hundred bytes per activity, whatever its
 * length.
 *
 * <p>Written as text ({@link #text()}): the lowest heart rate with time, a colon, then the seconds at it and at each
 * beat above, up to the highest: {@code "148:30,0,125"} is 30 s at 148 bpm and 125 s at 150 bpm.
 */
public final class HeartRateHistogram {

    /** The heart rates a logbook accepts, as for an entry's average. */
    public static final int LOWEST = 25;
    public static final int HIGHEST = 250;
    private static final long MAX_SECONDS = Checks.MAX_DURATION.toSeconds();

    private final int lowest;
    private final int[] seconds;

    private HeartRateHistogram(int lowest, int[] seconds) {
        this.lowest = lowest;
        this.seconds = seconds;
    }

    /**
     * @param lowest  the heart rate of {@code seconds[0]}
     * @param seconds seconds at {@code lowest}, {@code lowest + 1}, …; zeros at either end are dropped
     */
    public static HeartRateHistogram of(int lowest, int... seconds) {
        int from = 0;
        int to = seconds.length;
        while (from < to && seconds[from] == 0) {
            from++;
        }
        while (to > from && seconds[to - 1] == 0) {
            to--;
        }
        if (from == to) {
            throw new InvalidValueException("heart rate", "A heart-rate recording needs at least one second.");
        }
        int first = lowest + from;
        int last = lowest + to - 1;
        if (first < LOWEST || last > HIGHEST) {
            throw new InvalidValueException("heart rate", "Recorded heart rates must be between " + LOWEST + " and "
                    + HIGHEST + " bpm (were " + first + " to " + last + ").");
        }
        long total = 0;
        for (int i = from; i < to; i++) {
            if (seconds[i] < 0) {
                throw new InvalidValueException("heart rate", "Time at a heart rate must not be negative.");
            }
            total += seconds[i];
        }
        if (total > MAX_SECONDS) {
            throw new InvalidValueException("heart rate", "A heart-rate recording must be at most 24 hours long.");
        }
        return new HeartRateHistogram(first, Arrays.copyOfRange(seconds, from, to));
    }

    /**
     * Reads {@link #text()}.
     *
     * @throws InvalidValueException naming "heart rate" when the text is not such a histogram
     */
    public static HeartRateHistogram parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw notAHistogram(text);
        }
        try {
            int lowest = Integer.parseInt(text.substring(0, colon));
            String[] parts = text.substring(colon + 1).split(",", -1);
            if (parts.length > HIGHEST - LOWEST + 1) {
                throw notAHistogram(text);
            }
            int[] seconds = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                seconds[i] = Integer.parseInt(parts[i]);
            }
            return of(lowest, seconds);
        } catch (NumberFormatException e) {
            throw notAHistogram(text);
        }
    }

    private static InvalidValueException notAHistogram(String text) {
        String shown = text == null ? "nothing" : "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                + "\"";
        return new InvalidValueException("heart rate", "A heart-rate recording reads like \"148:30,0,125\", not "
                + shown + ".");
    }

    /** The lowest heart rate with time. */
    public int lowest() {
        return lowest;
    }

    /** The highest heart rate with time: the entry's maximum. */
    public int highest() {
        return lowest + seconds.length - 1;
    }

    public int secondsAt(int bpm) {
        int i = bpm - lowest;
        return i < 0 || i >= seconds.length ? 0 : seconds[i];
    }

    public long totalSeconds() {
        long total = 0;
        for (int s : seconds) {
            total += s;
        }
        return total;
    }

    /** The time-weighted average heart rate, to the nearest beat. */
    public int average() {
        long weighted = 0;
        for (int i = 0; i < seconds.length; i++) {
            weighted += (long) (lowest + i) * seconds[i];
        }
        return (int) Math.round((double) weighted / totalSeconds());
    }

    /** Calls {@code each} for every heart rate with time, lowest first. */
    public void forEach(BeatsAndSeconds each) {
        for (int i = 0; i < seconds.length; i++) {
            if (seconds[i] > 0) {
                each.accept(lowest + i, seconds[i]);
            }
        }
    }

    /** One heart rate and the seconds spent at it. */
    @FunctionalInterface
    public interface BeatsAndSeconds {
        void accept(int bpm, int seconds);
    }

    /** {@code "148:30,0,125"}: see the class comment. */
    public String text() {
        StringBuilder text = new StringBuilder(4 + seconds.length * 4).append(lowest).append(':');
        for (int i = 0; i < seconds.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(seconds[i]);
        }
        return text.toString();
    }

    /** Collects time at each heart rate, in fractions of seconds, and rounds each to whole seconds at the end. */
    public static final class Builder {
        private final double[] seconds = new double[HIGHEST - LOWEST + 1];

        /** Adds {@code time} seconds at {@code bpm}; rates outside {@link #LOWEST}–{@link #HIGHEST} are left out. */
        public Builder add(int bpm, double time) {
            if (bpm >= LOWEST && bpm <= HIGHEST && time > 0 && Double.isFinite(time)) {
                seconds[bpm - LOWEST] += time;
            }
            return this;
        }

        /** The histogram, or empty when less than half a second was added at any one heart rate. */
        public Optional<HeartRateHistogram> build() {
            int[] whole = new int[seconds.length];
            boolean any = false;
            for (int i = 0; i < seconds.length; i++) {
                whole[i] = (int) Math.min(MAX_SECONDS, Math.round(seconds[i]));
                any |= whole[i] > 0;
            }
            return any ? Optional.of(of(LOWEST, whole)) : Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeartRateHistogram h && h.lowest == lowest && Arrays.equals(h.seconds, seconds);
    }

    @Override
    public int hashCode() {
        return 31 * lowest + Arrays.hashCode(seconds);
    }

    @Override
    public String toString() {
        return "HeartRateHistogram[" + text() + "]";
    }
}
