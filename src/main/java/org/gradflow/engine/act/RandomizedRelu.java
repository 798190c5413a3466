package org.gradflow.engine.act;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;

/**
 * RReLU: f(u) = u for u > 0, r u otherwise, where while training r is drawn uniformly from [lower, upper] for
 * every element at every forward pass, and at evaluation r = (lower + upper) / 2.
 */
final class RandomizedRelu extends Activation {
    private final double lower;
    private final double upper;
    private final double[] slopes;
    private boolean lastWasTraining;

    RandomizedRelu(double lower, double upper, int maxElements) {
        this.lower = lower;
        this.upper = upper;
        this.slopes = new double[maxElements];
    }

    private double meanSlope() {
        return 0.5 * (lower + upper);
    }

    @Override public double value(double u) { return u > 0 ? u : meanSlope() * u; }
    @Override public double derivative(double u, double a) { return u > 0 ? 1 : meanSlope(); }
    @Override public boolean reportsSaturation() { return false; }
    @Override protected boolean hasFloatKernel() { return false; }
    @Override public DeadRule deadRule() { return DeadRule.NEGATIVE_INPUT; }

    @Override
    public void forward(Mat u, Mat a, int rows, int n, boolean training, SplittableRandom noise) {
        lastWasTraining = training;
        if (!training) {
            super.forward(u, a, rows, n, false, noise);
            return;
        }
        for (int i = 0; i < n; i++) {
            if (noise != null) {
                slopes[i] = lower + (upper - lower) * noise.nextDouble();
            }
            double x = u.get(i);
            a.set(i, x > 0 ? x : slopes[i] * x);
        }
    }

    @Override
    public void backward(Mat u, Mat a, Mat dA, Mat dU, int rows, int n) {
        if (!lastWasTraining) {
            super.backward(u, a, dA, dU, rows, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            dU.set(i, u.get(i) > 0 ? dA.get(i) : slopes[i] * dA.get(i));
        }
    }

}
