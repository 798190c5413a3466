package org.gradflow.engine.act;

/**
 * The statistics' sums that a layer's float32 activation passes accumulate while they compute (so the statistics
 * need no pass of their own over the buffers): from the forward pass the shifted sums of the output a, the
 * saturation count and per-unit liveness of the input u, and whether anything was non-finite; from the backward pass
 * the sum of squares of dL/du. Each pass sets its {@code valid} flag only when it took the float kernel route;
 * otherwise the reader computes the statistic from the buffers. One instance per layer, reused every step.
 */
public final class ActivationStats {
    /** Whether the last forward pass filled the forward fields. */
    public boolean forwardValid;
    /** The shift K subtracted before summing (the first output value when finite, else 0). */
    public double shift;
    /** Sum over the batch of (a - K). */
    public double sum;
    /** Sum over the batch of (a - K)^2. */
    public double sumSquares;
    /** How many inputs u lay in the saturation region. */
    public long saturated;
    /** Per unit: whether it was alive for some example, by the activation's {@link Activation.DeadRule}. */
    public final boolean[] alive;
    /** Whether some u or a was NaN or infinite. */
    public boolean nonFinite;
    /** Whether the last backward pass filled {@link #gradSquares}. */
    public boolean backwardValid;
    /** Sum of squares of dL/du, in the order of {@code Mat.sumOfSquares}. */
    public double gradSquares;
    double nonFiniteCheck;
    double low;
    double high;

    /** @param units the layer's width */
    public ActivationStats(int units) {
        this.alive = new boolean[units];
    }

    /** @return mean of the outputs over {@code n} values */
    public double mean(int n) {
        return shift + sum / n;
    }

    /** @return the population standard deviation of the outputs over {@code n} values */
    public double std(int n) {
        double m = sum / n;
        return Math.sqrt(Math.max(0, sumSquares / n - m * m));
    }
}
