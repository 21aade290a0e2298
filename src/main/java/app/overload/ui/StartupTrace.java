package app.overload.ui;

import java.lang.management.ManagementFactory;

/**
 * Prints how long after JVM start each phase of start-up ended, when the JVM runs with
 * {@code -Doverload.probe.trace}. Costs nothing otherwise; used to find where start-up time goes
 * (docs/performance.md).
 */
final class StartupTrace {

    private static final boolean ON = System.getProperty("overload.probe.trace") != null;

    private StartupTrace() {
    }

    static void mark(String phase) {
        if (ON) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("trace " + sinceStart + " ms " + phase);
        }
    }
}
