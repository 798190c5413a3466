package org.gradflow.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times contenders side by side: each is warmed up, its steps per window are calibrated so that a window lasts about
 * {@code window} seconds, then {@code runs} rounds time one window of every contender, the order rotating each round
 * so that drift of the machine's load affects all columns alike.
 */
final class Harness {
    /** A warm-up ends after the configuration's minimum steps and at least this long... */
    static final double MIN_WARMUP_SECONDS = 2;
    /** ...or after this long with at least 3 steps, whichever comes first. */
    static final double MAX_WARMUP_SECONDS = 15;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Harness() {
    }

    /** The measurements of one column. */
    static final class Column {
        final Contender contender;
        int warmupSteps;
        double warmupSeconds;
        int stepsPerWindow;
        final double[] rates;
        long timedSteps;
        long allocatedBytes;

        Column(Contender contender, int runs) {
            this.contender = contender;
            this.rates = new double[runs];
            java.util.Arrays.fill(rates, Double.NaN);
        }

        Stats stepsPerSecond() {
            return Stats.of(rates);
        }

        /** @return Java heap bytes the training thread allocated per step while timed */
        double heapBytesPerStep() {
            return timedSteps == 0 ? Double.NaN : (double) allocatedBytes / timedSteps;
        }
    }

    static List<Column> measure(List<? extends Contender> contenders, int minWarmupSteps, int runs, double window,
                                PrintStream log) {
        List<Column> columns = new ArrayList<>();
        if (contenders.isEmpty()) {
            return columns;
        }
        for (Contender c : contenders) {
            Column col = new Column(c, runs);
            warmUp(col, minWarmupSteps);
            calibrate(col, window);
            log.printf(Locale.ROOT, "  %-32s warm-up %d steps in %.1f s; %d steps per window%n", c.name(),
                    col.warmupSteps, col.warmupSeconds, col.stepsPerWindow);
            columns.add(col);
        }
        int n = columns.size();
        for (int r = 0; r < runs; r++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  round %d:", r + 1));
            for (int i = 0; i < n; i++) {
                Column col = columns.get((i + r) % n);
                timeWindow(col, r);
            }
            for (Column col : columns) {
                line.append(String.format(Locale.ROOT, " %s=%s", shortName(col.contender.name()),
                        Stats.num(col.rates[r])));
            }
            log.println(line);
        }
        for (Column col : columns) {
            double check = col.contender.check();
            if (!Double.isFinite(check)) {
                throw new IllegalStateException(col.contender.name() + ": loss became " + check);
            }
        }
        return columns;
    }

    private static String shortName(String name) {
        return name.replace("GradFlow ", "GF ").replace(" + StatsListener(1)", "+SL").replace(" ", "_");
    }

    private static void warmUp(Column col, int minSteps) {
        long t0 = System.nanoTime();
        int steps = 0;
        while (true) {
            col.contender.step();
            steps++;
            double elapsed = (System.nanoTime() - t0) / 1e9;
            if ((steps >= minSteps && elapsed >= MIN_WARMUP_SECONDS) || (elapsed >= MAX_WARMUP_SECONDS && steps >= 3)) {
                col.warmupSteps = steps;
                col.warmupSeconds = elapsed;
                return;
            }
        }
    }

    private static void calibrate(Column col, double window) {
        long t0 = System.nanoTime();
        int steps = 0;
        double elapsed;
        do {
            col.contender.step();
            steps++;
            elapsed = (System.nanoTime() - t0) / 1e9;
        } while (elapsed < Math.min(0.5, window / 2));
        double rate = steps / elapsed;
        col.stepsPerWindow = Math.max(1, (int) Math.round(rate * window));
    }

    private static void timeWindow(Column col, int round) {
        int n = col.stepsPerWindow;
        Contender c = col.contender;
        long a0 = THREADS.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            c.step();
        }
        long t1 = System.nanoTime();
        long a1 = THREADS.getCurrentThreadAllocatedBytes();
        col.rates[round] = n / ((t1 - t0) / 1e9);
        col.timedSteps += n;
        col.allocatedBytes += a1 - a0;
    }
}
