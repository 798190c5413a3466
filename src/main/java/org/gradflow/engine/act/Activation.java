package org.gradflow.engine.act;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;

/**
 * An activation function applied elementwise (softmax: row-wise) to a layer's activation input u, giving its
 * output a. One instance per layer, since some keep per-element state (RReLU's random slopes).
 * The loops work on the first {@code n} elements of row-major matrices whose rows are examples.
 */
public abstract class Activation {
    /** Which units count as dead. */
    public enum DeadRule {
        /** Not measured (NaN). */
        NONE,
        /** Output exactly 0 for every example (ReLU). */
        ZERO_OUTPUT,
        /** Activation input below 0 for every example (Leaky ReLU, RReLU). */
        NEGATIVE_INPUT
    }

    /** Saturation counts derivatives below this fraction of the derivative's maximum. */
    public static final double SATURATION_FRACTION = 0.05;

    private double saturationLow = Double.NaN;
    private double saturationHigh = Double.NaN;

    /** @return f(u) */
    public abstract double value(double u);

    /**
     * @param u the input
     * @param a f(u), passed so that derivatives expressible through the output cost nothing extra
     * @return f'(u)
     */
    public abstract double derivative(double u, double a);

    /** @return the largest value of |f'| over all inputs (used for the saturation rule) */
    public double maxDerivative() {
        return 1;
    }

    /** @return whether saturation is reported for this function (its derivative vanishes somewhere) */
    public abstract boolean reportsSaturation();

    /** @return whether the derivative also vanishes for large positive inputs (sigmoid, tanh, softsign) */
    protected boolean saturatesOnBothSides() {
        return false;
    }

    /** @return which units count as dead */
    public DeadRule deadRule() {
        return DeadRule.NONE;
    }

    /**
     * a = f(u) on the first {@code n} elements.
     *
     * @param training whether the network is training (RReLU draws random slopes only then)
     * @param noise random source for stochastic activations; {@code null} reuses the previous draw
     */
    public void forward(Mat u, Mat a, int rows, int n, boolean training, SplittableRandom noise) {
        for (int i = 0; i < n; i++) {
            a.set(i, value(u.get(i)));
        }
    }

    /** dU = f'(u) * dA on the first {@code n} elements; {@code dU} may be the same matrix as {@code dA}. */
    public void backward(Mat u, Mat a, Mat dA, Mat dU, int rows, int n) {
        for (int i = 0; i < n; i++) {
            double x = u.get(i);
            dU.set(i, dA.get(i) * derivative(x, a.get(i)));
        }
    }

    /**
     * @return the input below which the derivative stays under {@link #SATURATION_FRACTION} of its maximum,
     *         or negative infinity when there is no such region; NaN when saturation is not reported
     */
    public final double saturationLow() {
        computeThresholdsOnce();
        return saturationLow;
    }

    /** @return the input above which the derivative stays under the fraction, or positive infinity; NaN if not reported */
    public final double saturationHigh() {
        computeThresholdsOnce();
        return saturationHigh;
    }

    private void computeThresholdsOnce() {
        if (!Double.isNaN(saturationLow) || !reportsSaturation()) {
            return;
        }
        double limit = SATURATION_FRACTION * maxDerivative();
        saturationLow = tailEdge(-40, 1, limit);
        saturationHigh = saturatesOnBothSides() ? tailEdge(40, -1, limit) : Double.POSITIVE_INFINITY;
    }

    /** Walks from {@code start} in {@code direction} until |f'| reaches {@code limit}, then refines by bisection. */
    private double tailEdge(double start, double direction, double limit) {
        double step = 0.01 * direction;
        double inside = start;
        double x = start;
        while (Math.abs(x) <= Math.abs(start)) {
            double next = x + step;
            if (Math.abs(derivative(next, value(next))) >= limit) {
                double lo = x;
                double hi = next;
                for (int i = 0; i < 60; i++) {
                    double mid = 0.5 * (lo + hi);
                    if (Math.abs(derivative(mid, value(mid))) >= limit) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                return 0.5 * (lo + hi);
            }
            x = next;
            inside = x;
        }
        return inside;
    }
}
