package org.gradflow.engine;

import org.gradflow.engine.act.Activation;
import org.gradflow.engine.act.ActivationStats;
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
        ActivationStats fused = layer.activationStats();
        if (fused != null && fused.forwardValid && layer.normAfter() == null) {
            fromFusedSums(fused, layer.activation(), n, units);
            return;
        }
        Mat h = layer.normalizedOutput();
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double v = h.get(i);
            sum += v;
            sumSq += v * v;
        }
        mean = sum / n;
        double mean2 = 0;
        for (int i = 0; i < n; i++) {
            double d = h.get(i) - mean;
            mean2 += d * d;
        }
        std = Math.sqrt(mean2 / n);
        scanInputs(layer, rows, units);
        nonFinite = nonFinite || !Double.isFinite(sum) || !Double.isFinite(sumSq);
    }

    /** Takes the statistics from the sums the float32 forward pass accumulated (the output h is a there). */
    private void fromFusedSums(ActivationStats fused, Activation f, int n, int units) {
        mean = fused.mean(n);
        std = fused.std(n);
        saturation = f.reportsSaturation() ? (double) fused.saturated / n : Double.NaN;
        if (f.deadRule() == Activation.DeadRule.NONE) {
            deadFraction = Double.NaN;
        } else {
            int dead = 0;
            for (int j = 0; j < units; j++) {
                if (!fused.alive[j]) {
                    dead++;
                }
            }
            deadFraction = (double) dead / units;
        }
        nonFinite = fused.nonFinite || !Double.isFinite(mean) || !Double.isFinite(std);
    }

    /**
     * One pass over the activation input u and output a: saturation count, per-unit liveness, and whether any value
     * is NaN or infinite.
     */
    private void scanInputs(DenseLayer layer, int rows, int units) {
        Mat u = layer.activationInput();
        Mat a = layer.activationOutput();
        Activation f = layer.activation();
        boolean saturates = f.reportsSaturation();
        double low = saturates ? f.saturationLow() : Double.NEGATIVE_INFINITY;
        double high = saturates ? f.saturationHigh() : Double.POSITIVE_INFINITY;
        Activation.DeadRule rule = f.deadRule();
        boolean zeroOutputRule = rule == Activation.DeadRule.ZERO_OUTPUT;
        java.util.Arrays.fill(alive, 0, units, false);
        int saturated = 0;
        double check = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                double x = u.get(base + j);
                double y = a.get(base + j);
                check += x * 0 + y * 0;
                if (x < low || x > high) {
                    saturated++;
                }
                alive[j] |= zeroOutputRule ? y != 0 : !(x < 0);
            }
        }
        int n = rows * units;
        saturation = saturates ? (double) saturated / n : Double.NaN;
        if (rule == Activation.DeadRule.NONE) {
            deadFraction = Double.NaN;
        } else {
            int dead = 0;
            for (int j = 0; j < units; j++) {
                if (!alive[j]) {
                    dead++;
                }
            }
            deadFraction = (double) dead / units;
        }
        // x * 0 is NaN exactly when x is NaN or infinite, so the sum is NaN exactly when some value was.
        nonFinite = Double.isNaN(check);
    }
}
