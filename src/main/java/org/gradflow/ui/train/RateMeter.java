package org.gradflow.ui.train;

import java.util.ArrayDeque;

/**
 * Steps per second over a sliding window of wall-clock time. Fed with (time, step) samples, typically once per
 * frame; not thread-safe (JavaFX thread).
 */
public final class RateMeter {
    private final long windowNanos;
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();

    /** @param windowNanos how far back samples count, above 0 */
    public RateMeter(long windowNanos) {
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("window must be above 0, got " + windowNanos);
        }
        this.windowNanos = windowNanos;
    }

    /**
     * @param nanos the sample's time (any monotonic clock, such as {@link System#nanoTime()})
     * @param step the last step taken at that time
     */
    public void add(long nanos, long step) {
        samples.addLast(new long[] {nanos, step});
        while (samples.size() > 2 && nanos - samples.peekFirst()[0] > windowNanos) {
            samples.removeFirst();
        }
    }

    /** Forgets every sample (after a pause, so the pause does not lower the rate). */
    public void clear() {
        samples.clear();
    }

    /** @return steps per second between the oldest and newest sample, or NaN with fewer than two samples */
    public double rate() {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        long dt = last[0] - first[0];
        return dt <= 0 ? Double.NaN : (last[1] - first[1]) * 1e9 / dt;
    }
}
