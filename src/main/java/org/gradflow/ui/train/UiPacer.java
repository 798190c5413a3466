package org.gradflow.ui.train;

import java.util.concurrent.locks.LockSupport;

/**
 * Lets the training loop give way to the JavaFX thread when frames come late. On a machine with few cores the
 * trainer (a whole core), the chart builder, the JIT compiler and the garbage collector can leave the JavaFX thread
 * and the render thread waiting for a core for a tenth of a second, most often in a run's first seconds; Java
 * thread priorities do not help on Linux. So the JavaFX thread stamps every frame ({@link #frame()}) and the
 * engine thread, between two steps, naps while the last frame is more than {@link #LATE_NANOS} old, up to
 * {@link #MAX_WAIT_NANOS} ({@link #giveWay()}). While frames come on time this costs one volatile read per step.
 */
final class UiPacer {
    /** A frame this much older than now is late (two frames at 60 Hz), in nanoseconds. */
    static final long LATE_NANOS = 33_000_000L;
    /** Frames older than this are not late but stopped (a blocked JavaFX thread): no napping, in nanoseconds. */
    static final long STOPPED_NANOS = 1_000_000_000L;
    /** One nap of the engine thread, in nanoseconds. */
    static final long NAP_NANOS = 1_000_000L;
    /** The longest the engine thread waits for a late frame before its next step, in nanoseconds. */
    static final long MAX_WAIT_NANOS = 100_000_000L;

    private volatile long lastFrame;
    private long naps;

    /** JavaFX thread, once per frame while a loop is active. */
    void frame() {
        lastFrame = System.nanoTime();
    }

    /** Forgets the last frame (a loop ends; the next one starts without a stamp, so nothing is late). */
    void reset() {
        lastFrame = 0;
    }

    /** Engine thread, between two steps: naps while the last frame is late, at most {@link #MAX_WAIT_NANOS}. */
    void giveWay() {
        long start = System.nanoTime();
        for (long now = start; now - start < MAX_WAIT_NANOS; now = System.nanoTime()) {
            long last = lastFrame;
            long age = now - last;
            if (last == 0 || age <= LATE_NANOS || age >= STOPPED_NANOS) {
                return;
            }
            naps++;
            LockSupport.parkNanos(NAP_NANOS);
        }
    }

    /** @return how many times the engine thread napped (engine thread; for tests and diagnostics) */
    long naps() {
        return naps;
    }
}
