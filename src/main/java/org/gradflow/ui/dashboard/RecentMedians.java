package org.gradflow.ui.dashboard;

import org.gradflow.charts.Quantiles;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;

/**
 * Per layer, the median and the 25th and 75th percentiles of the weight-gradient norm ||dL/dW|| over the last
 * {@code window} steps fed, as the gradient-flow chart draws them for recorded rows: quantiles of log10 of the
 * positive, finite values (so they interpolate geometrically), leaving out steps at which the layer had a
 * non-finite value. Lets the live chart's band follow the latest step instead of the step it was last built at.
 * JavaFX thread only.
 */
final class RecentMedians {
    private final int layers;
    private final int window;
    /** [slot][layer]: log10 ||dL/dW||, NaN when the step's value is left out. */
    private final double[][] logs;
    private final long[] steps;
    private final double[] scratch;
    private int count;
    private int next;

    /**
     * @param layers number of layers of the run, at least 1
     * @param window steps the quantiles are taken over, at least 1
     */
    RecentMedians(int layers, int window) {
        if (layers < 1 || window < 1) {
            throw new IllegalArgumentException("layers and window must be at least 1, got " + layers + ", " + window);
        }
        this.layers = layers;
        this.window = window;
        this.logs = new double[window][layers];
        this.steps = new long[window];
        this.scratch = new double[window];
    }

    /** Adds a step; a step of another layer count is ignored. */
    void add(StepStats s) {
        if (s.layers().size() != layers) {
            return;
        }
        double[] row = logs[next];
        for (int i = 0; i < layers; i++) {
            LayerStats l = s.layers().get(i);
            double v = l.gradNormW();
            row[i] = v > 0 && Double.isFinite(v) && !l.nonFinite() ? Math.log10(v) : Double.NaN;
        }
        steps[next] = s.step();
        next = (next + 1) % window;
        count = Math.min(window, count + 1);
    }

    /** @return whether {@code window} steps were fed */
    boolean full() {
        return count == window;
    }

    /** @return steps held, at most {@code window} */
    int count() {
        return count;
    }

    /** @return the oldest step held; only when {@link #count()} &gt; 0 */
    long firstStep() {
        return steps[count == window ? next : 0];
    }

    /** @return the newest step held; only when {@link #count()} &gt; 0 */
    long lastStep() {
        return steps[(next - 1 + window) % window];
    }

    /**
     * @param layer layer index (0 = input side)
     * @param out receives median, 25th and 75th percentile of ||dL/dW|| (not its log); NaN where no step had a value
     */
    void quantiles(int layer, double[] out) {
        int n = 0;
        for (int k = 0; k < count; k++) {
            double v = logs[k][layer];
            if (!Double.isNaN(v)) {
                scratch[n++] = v;
            }
        }
        double[] sorted = Quantiles.sorted(scratch, n);
        out[0] = Math.pow(10, Quantiles.of(sorted, 0.5));
        out[1] = Math.pow(10, Quantiles.of(sorted, 0.25));
        out[2] = Math.pow(10, Quantiles.of(sorted, 0.75));
    }
}
