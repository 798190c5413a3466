package org.gradflow.ui.train;

/**
 * Reports JavaFX-thread work that took longer than 8 ms, when the system property {@code gradflow.slowLog} is true
 * (for finding what makes frames late), with the JVM's uptime so the lines can be matched with {@code -Xlog:gc}.
 */
public final class SlowLog {
    private static final boolean ON = Boolean.getBoolean("gradflow.slowLog");
    private static final long LIMIT_NANOS = 8_000_000L;

    private SlowLog() {
    }

    /** Prints {@code what} (something that took {@code millis}) with the JVM's uptime, when the log is on. */
    public static void event(String what, double millis) {
        if (ON) {
            System.err.printf("GradFlow slow: %-28s %6.1f ms  (at %.3f s)%n", what, millis, uptimeSeconds());
        }
    }

    /** @return seconds since the JVM started, as in {@code -Xlog} lines, to match them up */
    static double uptimeSeconds() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    }

    /** @param what the work; @param startNanos its start, from {@link System#nanoTime()} */
    public static void report(String what, long startNanos) {
        if (ON) {
            long d = System.nanoTime() - startNanos;
            if (d > LIMIT_NANOS) {
                event(what, d / 1e6);
            }
        }
    }
}
