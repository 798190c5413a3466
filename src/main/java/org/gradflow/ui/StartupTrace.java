package org.gradflow.ui;

/**
 * Prints how long the parts of the start-up took, when the system property {@code gradflow.startupTrace} is true
 * (for finding what delays the first window).
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("gradflow.startupTrace");
    private static final long T0 = System.nanoTime();

    private StartupTrace() {
    }

    /** Prints {@code what} with the seconds since this class was loaded. */
    static void mark(String what) {
        if (ON) {
            System.err.printf("GradFlow start-up: %-28s %.3f s%n", what, (System.nanoTime() - T0) / 1e9);
        }
    }
}
