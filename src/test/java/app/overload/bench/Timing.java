package app.overload.bench;

import java.util.Arrays;

/**
 * Median wall-clock time of a piece of work, after warm-up runs that let the JIT and the page cache settle.
 *
 * <p>Five warm-up runs are enough for work that takes milliseconds, but not for work of a fraction of a millisecond:
 * after five runs of a 0.3 ms read the JIT has compiled nothing yet, and a comparison of two such figures compares
 * interpreters. {@link #steady} therefore warms up for a second of running time, as JMH does by default.
 */
final class Timing {

    static final int WARM_UP = 5;
    static final int RUNS = 15;
    static final long STEADY_WARM_UP_NANOS = 1_000_000_000L;
    static final int STEADY_WARM_UP_MAX = 5_000;

    private Timing() {
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Milliseconds, median of {@link #RUNS} runs after {@link #WARM_UP}. */
    static double median(Work work) throws Exception {
        return median(WARM_UP, RUNS, work);
    }

    /**
     * Milliseconds, median of {@link #RUNS} runs after at least {@link #WARM_UP} warm-up runs and at least
     * {@link #STEADY_WARM_UP_NANOS} of warm-up time (at most {@link #STEADY_WARM_UP_MAX} runs). Only for work that
     * leaves no trace, since it may run hundreds of times.
     */
    static double steady(Work work) throws Exception {
        long until = System.nanoTime() + STEADY_WARM_UP_NANOS;
        int done = 0;
        while (done < WARM_UP || (System.nanoTime() < until && done < STEADY_WARM_UP_MAX)) {
            work.run();
            done++;
        }
        return median(0, RUNS, work);
    }

    static double median(int warmUp, int runs, Work work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
