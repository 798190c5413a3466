package org.gradflow.ui.train;

/**
 * Prints the stages of opening a saved experiment (file read and decoded, run shown, each chart installed) with
 * the seconds since the open began, when the system property {@code gradflow.openTrace} is true (for measuring
 * how long reopening a long run takes). Marks more than a minute after the last open are not printed.
 */
public final class OpenTrace {
    private static final boolean ON = Boolean.getBoolean("gradflow.openTrace");
    private static final long WINDOW_NANOS = 60_000_000_000L;
    private static volatile long start;

    private OpenTrace() {
    }

    /** @param file the file being opened, for the printed line; not {@code null} */
    public static void begin(String file) {
        if (ON) {
            start = System.nanoTime();
            System.err.printf("GradFlow open: %-40s %7.3f s  (JVM uptime %.3f s)%n", "begin " + file, 0.0,
                    SlowLog.uptimeSeconds());
        }
    }

    /** Prints {@code what} with the seconds since the last {@link #begin}, if that was less than a minute ago. */
    public static void mark(String what) {
        long s = start;
        if (ON && s != 0) {
            long d = System.nanoTime() - s;
            if (d < WINDOW_NANOS) {
                System.err.printf("GradFlow open: %-40s %7.3f s%n", what, d / 1e9);
            }
        }
    }
}
