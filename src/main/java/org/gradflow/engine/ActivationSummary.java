package org.gradflow.engine;

import org.gradflow.engine.act.Activation;
import org.gradflow.engine.nn.DenseLayer;
import org.gradflow.engine.tensor.Mat;

/**
 * Reduces a layer's forward buffers to the activation statistics of {@link LayerStats}: mean and standard deviation
 * of the output h, saturation fraction of the activation input u, dead-unit fraction, and whether anything was
 * non-finite. One pass over the batch; reuses its per-unit array, so it allocates nothing per step.
 */
final class ActivationSummary {
    private final boolean[] alive;
    double mean;
    double std;
    double saturation;
    double deadFraction;
    boolean nonFinite;

    ActivationSummary(int maxUnits) {
        this.alive = new boolean[maxUnits];
    }

    /** Summarises the first {@code rows} examples of {@code layer}'s last forward pass. */
    void summarize(DenseLayer layer, int rows) {
        int units = layer.units();
        int n = rows * units;
        Mat h = layer.normalizedOutput();
        Mat u = layer.activationInput();
        Mat a = layer.activationOutput();
        Activation f = layer.activation();
        double sum = 0;
        double sumSq = 0;
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            double v = h.get(i);
            sum += v;
            sumSq += v * v;
        }
        if (!Double.isFinite(sum) || !Double.isFinite(sumSq)) {
            finite = false;
        }
        mean = sum / n;
        double mean2 = 0;
        for (int i = 0; i < n; i++) {
            double d = h.get(i) - mean;
            mean2 += d * d;
        }
        std = Math.sqrt(mean2 / n);
        saturation = saturation(f, u, n);
        deadFraction = deadFraction(f, u, a, rows, units);
        for (int i = 0; i < n && finite; i++) {
            double v = a.get(i);
            finite = Double.isFinite(v) && Double.isFinite(u.get(i));
        }
        nonFinite = !finite;
    }

    private static double saturation(Activation f, Mat u, int n) {
        if (!f.reportsSaturation()) {
            return Double.NaN;
        }
        double low = f.saturationLow();
        double high = f.saturationHigh();
        int count = 0;
        for (int i = 0; i < n; i++) {
            double x = u.get(i);
            if (x < low || x > high) {
                count++;
            }
        }
        return (double) count / n;
    }

    private double deadFraction(Activation f, Mat u, Mat a, int rows, int units) {
        Activation.DeadRule rule = f.deadRule();
        if (rule == Activation.DeadRule.NONE) {
            return Double.NaN;
        }
        java.util.Arrays.fill(alive, 0, units, false);
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                boolean living = rule == Activation.DeadRule.ZERO_OUTPUT ? a.get(base + j) != 0 : !(u.get(base + j) < 0);
                alive[j] |= living;
            }
        }
        int dead = 0;
        for (int j = 0; j < units; j++) {
            if (!alive[j]) {
                dead++;
            }
        }
        return (double) dead / units;
    }
}
