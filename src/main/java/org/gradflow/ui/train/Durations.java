package org.gradflow.ui.train;

import java.util.Locale;

/** Short human-readable durations for the status bar, such as "42 s", "3 min 05 s" or "2 h 07 min". */
public final class Durations {
    /** Shown when a duration is unknown (no rate yet, or no steps left to estimate). */
    public static final String UNKNOWN = "—";

    private Durations() {
    }

    /**
     * @param seconds a duration in seconds; NaN, infinite or negative values mean unknown
     * @return the duration rounded to whole seconds (below an hour), minutes (below a day) or hours
     */
    public static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return UNKNOWN;
        }
        if (seconds < 1) {
            return "< 1 s";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        long m = Math.round(seconds / 60);
        if (m < 24 * 60) {
            return String.format(Locale.ROOT, "%d h %02d min", m / 60, m % 60);
        }
        long h = Math.round(seconds / 3600);
        return String.format(Locale.ROOT, "%d d %d h", h / 24, h % 24);
    }

    /**
     * @param remainingSteps steps still to take, at least 0
     * @param stepsPerSecond the measured rate; 0, NaN or negative means unknown
     * @return the estimated time to finish, {@link #UNKNOWN} when it cannot be estimated
     */
    public static String eta(long remainingSteps, double stepsPerSecond) {
        if (remainingSteps <= 0) {
            return "0 s";
        }
        if (!(stepsPerSecond > 0) || !Double.isFinite(stepsPerSecond)) {
            return UNKNOWN;
        }
        return format(remainingSteps / stepsPerSecond);
    }
}
