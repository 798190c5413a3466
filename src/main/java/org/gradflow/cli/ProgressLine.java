package org.gradflow.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.gradflow.engine.StepListener;
import org.gradflow.engine.StepStats;

/**
 * A one-line progress report on a terminal ({@code step 1200/2000  412 steps/s  loss 0.6931  ETA 2s}), rewritten in
 * place at most every {@code intervalNanos}, and a final line when the run ends.
 */
final class ProgressLine implements StepListener {
    private final PrintStream out;
    private final long totalSteps;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long start;
    private long lastPrint;

    ProgressLine(PrintStream out, long totalSteps, long intervalNanos, LongSupplier clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.totalSteps = totalSteps;
        this.intervalNanos = intervalNanos;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    @Override
    public void onStep(StepStats stats) {
        long now = clock.getAsLong();
        if (now - lastPrint >= intervalNanos || stats.step() == totalSteps || stats.nonFinite()) {
            lastPrint = now;
            out.print("\r" + format(stats.step(), stats.loss(), now - start));
            out.flush();
        }
    }

    /** Ends the line. */
    void finish() {
        out.println();
    }

    String format(long step, double loss, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? step / seconds : 0;
        String eta = rate > 0 ? formatDuration((totalSteps - step) / rate) : "?";
        return String.format(Locale.ROOT, "step %d/%d  %.0f steps/s  loss %.4g  ETA %s", step, totalSteps, rate, loss, eta);
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
