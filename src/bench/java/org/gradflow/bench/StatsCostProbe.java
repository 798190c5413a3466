package org.gradflow.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gradflow.engine.BlasThreads;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingData;
import org.gradflow.engine.tensor.Precision;

/**
 * Measures what the statistics cost on the training thread's CPU time ({@code -Dbench.mode=cost}): per configuration
 * one JVM holds a statistics-on and a statistics-off {@link Trainer} of the same experiment; after
 * {@code bench.costWarmup} warm-up steps each, {@code bench.costPairs} pairs of blocks of {@code bench.costBlock}
 * steps alternate between the two (the order within a pair alternating too), and each pair gives the cost
 * 1 - (CPU time per step off) / (CPU time per step on). Printed: CPU ms per step of both (medians over blocks) and the
 * median and quartiles of the cost over the pairs. CPU time is steadier than wall-clock time on a shared machine but
 * still rises with its load (shared caches); both trainers see the same load.
 */
final class StatsCostProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StatsCostProbe() {
    }

    /** The result of one configuration. */
    record Cost(RefConfig config, double msOn, double msOff, double median, double lowerQuartile,
                double upperQuartile) {
    }

    static void run(List<RefConfig> configs, PrintStream out) {
        int warmup = Integer.getInteger("bench.costWarmup", 60);
        int pairs = Integer.getInteger("bench.costPairs", 41);
        int block = Integer.getInteger("bench.costBlock", 20);
        out.printf(Locale.ROOT, "statistics cost on thread CPU time: %d warm-up steps, %d pairs of %d-step blocks; "
                + "load %s%n", warmup, pairs, block, Machine.loadAverage());
        for (RefConfig c : configs) {
            Cost cost = measure(c, warmup, pairs, block);
            out.printf(Locale.ROOT, "%s: CPU ms/step all stats %.3f, stats off %.3f; cost median %.1f%% "
                    + "(quartiles %.1f-%.1f%%); load %s%n", c.name(), cost.msOn(), cost.msOff(),
                    100 * cost.median(), 100 * cost.lowerQuartile(), 100 * cost.upperQuartile(),
                    Machine.loadAverage());
            out.flush();
        }
    }

    static Cost measure(RefConfig c, int warmup, int pairs, int block) {
        TrainingData data = c.data();
        Trainer on = new Trainer(c.spec(), data, Precision.FLOAT32, true);
        Trainer off = new Trainer(c.spec(), data, Precision.FLOAT32, false);
        try {
            BlasThreads.set(1);
            steps(on, warmup);
            steps(off, warmup);
            double[] msOn = new double[pairs];
            double[] msOff = new double[pairs];
            double[] cost = new double[pairs];
            for (int p = 0; p < pairs; p++) {
                if (p % 2 == 0) {
                    msOn[p] = steps(on, block);
                    msOff[p] = steps(off, block);
                } else {
                    msOff[p] = steps(off, block);
                    msOn[p] = steps(on, block);
                }
                cost[p] = 1 - msOff[p] / msOn[p];
            }
            Arrays.sort(cost);
            return new Cost(c, median(msOn), median(msOff), quantile(cost, 0.5), quantile(cost, 0.25),
                    quantile(cost, 0.75));
        } finally {
            on.close();
            off.close();
        }
    }

    /** @return CPU milliseconds per step of {@code n} steps of {@code t} on this thread */
    private static double steps(Trainer t, int n) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            StepStats s = t.step();
            if (s.nonFinite()) {
                throw new IllegalStateException("training became non-finite at step " + s.step());
            }
        }
        return (THREADS.getCurrentThreadCpuTime() - t0) / 1e6 / n;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return quantile(v, 0.5);
    }

    /** @return the q-quantile of sorted {@code v}, interpolating linearly between neighbours */
    private static double quantile(double[] v, double q) {
        double pos = q * (v.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(v.length - 1, i + 1);
        return v[i] + (pos - i) * (v[j] - v[i]);
    }
}
