package org.gradflow.engine.act;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.FloatKernels;
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
     * @return whether this function has the float32 kernels {@link #valuesFloat} and {@link #derivativesFloat}
     *         (elementwise, stateless); RReLU and softmax do not
     */
    protected boolean hasFloatKernel() {
        return true;
    }

    /** @return whether |f(u)| &lt;= 1 for every input (tanh, sigmoid, softsign), so float squares of outputs are safe */
    protected boolean boundedOutput() {
        return false;
    }

    /** a[i] = f(u[i]) for i below {@code len}; the default rounds {@link #value} to float. */
    protected void valuesFloat(float[] u, float[] a, int len) {
        for (int i = 0; i < len; i++) {
            a[i] = (float) value(u[i]);
        }
    }

    /** dU[i] = f'(u[i]) dA[i] for i below {@code len}, computed in double and rounded once, as {@link #backward}. */
    protected void derivativesFloat(float[] u, float[] a, float[] dA, float[] dU, int len) {
        for (int i = 0; i < len; i++) {
            dU[i] = (float) (dA[i] * derivative(u[i], a[i]));
        }
    }

    /**
     * As {@link #forward(Mat, Mat, int, int, boolean, SplittableRandom)}; when {@code stats} is not {@code null} and
     * the float32 kernel runs, it also accumulates the output statistics into {@code stats} in the same pass.
     *
     * @param stats where the sums go, or {@code null}; its {@code forwardValid} tells whether they were computed
     */
    public final void forward(Mat u, Mat a, int rows, int n, boolean training, SplittableRandom noise,
                              ActivationStats stats) {
        if (stats != null) {
            stats.forwardValid = false;
        }
        if (!hasFloatKernel() || !FloatKernels.allFloat(u, a)) {
            forward(u, a, rows, n, training, noise);
            return;
        }
        FloatKernels.Scratch s = FloatKernels.scratch();
        if (stats != null) {
            double first = n > 0 ? value(u.get(0)) : 0;
            stats.start(this, Double.isFinite(first) ? first : 0);
        }
        for (int from = 0; from < n; from += FloatKernels.CHUNK) {
            int len = Math.min(FloatKernels.CHUNK, n - from);
            u.getFloats(from, s.a, len);
            valuesFloat(s.a, s.b, len);
            a.putFloats(from, s.b, len);
            if (stats != null) {
                stats.accumulate(s.a, s.b, len, from % u.cols());
            }
        }
        if (stats != null) {
            stats.finishForward(u, n);
        }
    }

    /**
     * As {@link #backward(Mat, Mat, Mat, Mat, int, int)}; when {@code stats} is not {@code null} and the float32
     * kernel runs, it also sums the squares of dU into {@code stats.gradSquares}.
     */
    public final void backward(Mat u, Mat a, Mat dA, Mat dU, int rows, int n, ActivationStats stats) {
        if (stats != null) {
            stats.backwardValid = false;
        }
        if (!hasFloatKernel() || !FloatKernels.allFloat(u, a) || !FloatKernels.allFloat(dA, dU)) {
            backward(u, a, dA, dU, rows, n);
            return;
        }
        FloatKernels.Scratch s = FloatKernels.scratch();
        if (stats != null) {
            stats.gradSquares = 0;
        }
        for (int from = 0; from < n; from += FloatKernels.CHUNK) {
            int len = Math.min(FloatKernels.CHUNK, n - from);
            u.getFloats(from, s.a, len);
            a.getFloats(from, s.b, len);
            dA.getFloats(from, s.c, len);
            derivativesFloat(s.a, s.b, s.c, s.d, len);
            dU.putFloats(from, s.d, len);
            if (stats != null) {
                stats.gradSquares += FloatKernels.sumOfSquares(s.d, len);
            }
        }
        if (stats != null) {
            stats.backwardValid = true;
        }
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
