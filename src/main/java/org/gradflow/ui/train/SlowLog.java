package org.gradflow.ui.train;

/**
 * Reports JavaFX-thread work that took longer than 8 ms, when the system property {@code gradflow.slowLog} is true
 * (for finding what makes frames late).
 */
public final class SlowLog {
    private static final boolean ON = Boolean.getBoolean("gradflow.slowLog");
    private static final long LIMIT_NANOS = 8_000_000L;

    private SlowLog() {
    }

    /** @param what the work; @param startNanos its start, from {@link System#nanoTime()} */
    public static void report(String what, long startNanos) {
        if (ON) {
            long d = System.nanoTime() - startNanos;
            if (d > LIMIT_NANOS) {
                System.err.printf("GradFlow slow: %-28s %6.1f ms%n", what, d / 1e6);
            }
        }
    }
}
