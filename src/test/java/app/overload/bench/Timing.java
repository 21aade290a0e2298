package app.overload.bench;

import java.util.Arrays;

/** Median wall-clock time of a piece of work, after warm-up runs that let the JIT and the page cache settle. */
final class Timing {

    static final int WARM_UP = 5;
    static final int RUNS = 15;

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
