package org.gradflow.engine.optim;

import java.util.Objects;
import org.gradflow.engine.nn.Param;
import org.gradflow.engine.tensor.FloatKernels;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.model.OptimizerSpec;

/**
 * Applies one update to a parameter from its (clipped) gradient g, with learning rate lr:
 * <ul>
 * <li>SGD: w -= lr g</li>
 * <li>MOMENTUM: v = mu v - lr g; w += v</li>
 * <li>NESTEROV: v' = mu v - lr g; w += -mu v + (1 + mu) v'; v = v' (Sutskever's form, as in cs231n and DL4J)</li>
 * <li>ADAGRAD: s += g^2; w -= lr g / (sqrt(s) + eps)</li>
 * <li>RMSPROP: s = rho s + (1 - rho) g^2; w -= lr g / (sqrt(s) + eps)</li>
 * <li>ADAM: m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; w -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)</li>
 * </ul>
 * t counts the updates since the optimiser was (re)set, from 1.
 */
public final class Optimizer {
    private OptimizerSpec spec;
    private double oldSquares;
    private double newSquares;

    /** @param spec not {@code null} */
    public Optimizer(OptimizerSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public OptimizerSpec spec() {
        return spec;
    }

    /**
     * Replaces the hyperparameters. The caller resets the parameters' state when the kind changes.
     *
     * @return whether the kind changed
     */
    public boolean setSpec(OptimizerSpec newSpec) {
        boolean kindChanged = newSpec.kind() != spec.kind();
        this.spec = Objects.requireNonNull(newSpec, "newSpec");
        return kindChanged;
    }

    /**
     * Updates {@code p}'s value in place from its gradient.
     *
     * @param t 1-based update count since the optimiser was set (Adam's bias correction)
     * @return the sum of squares of the change applied to the stored value (after rounding to the precision, so an
     *         update too small to change a float32 weight counts as 0)
     */
    public double update(Param p, long t) {
        return update(p, t, true);
    }

    /**
     * As {@link #update(Param, long)}; with {@code measure} false the sums of squares (change, old and new values)
     * are not computed, and the result and {@link #lastOldSquares()}, {@link #lastNewSquares()} are NaN.
     * In float32 the update runs as {@link FloatUpdate}'s chunked loops.
     */
    public double update(Param p, long t, boolean measure) {
        if (FloatKernels.allFloat(p.value(), p.grad()) && FloatKernels.allFloat(p.state1(), p.state2())) {
            FloatUpdate.Sums sums = FloatUpdate.apply(spec, p, t, measure);
            oldSquares = sums.oldSquares;
            newSquares = sums.newSquares;
            return sums.change;
        }
        double sum = updateGeneric(p, t);
        if (!measure) {
            oldSquares = Double.NaN;
            newSquares = Double.NaN;
            return Double.NaN;
        }
        return sum;
    }

    private double updateGeneric(Param p, long t) {
        Mat w = p.value();
        Mat g = p.grad();
        Mat s1 = p.state1();
        Mat s2 = p.state2();
        int n = w.size();
        double lr = spec.learningRate();
        double eps = spec.epsilon();
        double sum = 0;
        oldSquares = 0;
        newSquares = 0;
        switch (spec.kind()) {
            case SGD -> {
                for (int i = 0; i < n; i++) {
                    double d = -lr * g.get(i);
                    sum += apply(w, i, d);
                }
            }
            case MOMENTUM -> {
                double mu = spec.momentum();
                for (int i = 0; i < n; i++) {
                    double v = mu * s1.get(i) - lr * g.get(i);
                    s1.set(i, v);
                    sum += apply(w, i, v);
                }
            }
            case NESTEROV -> {
                double mu = spec.momentum();
                for (int i = 0; i < n; i++) {
                    double old = s1.get(i);
                    double v = mu * old - lr * g.get(i);
                    s1.set(i, v);
                    double d = -mu * old + (1 + mu) * v;
                    sum += apply(w, i, d);
                }
            }
            case ADAGRAD -> {
                for (int i = 0; i < n; i++) {
                    double gi = g.get(i);
                    double s = s1.get(i) + gi * gi;
                    s1.set(i, s);
                    double d = -lr * gi / (Math.sqrt(s) + eps);
                    sum += apply(w, i, d);
                }
            }
            case RMSPROP -> {
                double rho = spec.rho();
                for (int i = 0; i < n; i++) {
                    double gi = g.get(i);
                    double s = rho * s1.get(i) + (1 - rho) * gi * gi;
                    s1.set(i, s);
                    double d = -lr * gi / (Math.sqrt(s) + eps);
                    sum += apply(w, i, d);
                }
            }
            case ADAM -> {
                double b1 = spec.beta1();
                double b2 = spec.beta2();
                double c1 = 1 - Math.pow(b1, t);
                double c2 = 1 - Math.pow(b2, t);
                for (int i = 0; i < n; i++) {
                    double gi = g.get(i);
                    double m = b1 * s1.get(i) + (1 - b1) * gi;
                    double v = b2 * s2.get(i) + (1 - b2) * gi * gi;
                    s1.set(i, m);
                    s2.set(i, v);
                    double d = -lr * (m / c1) / (Math.sqrt(v / c2) + eps);
                    sum += apply(w, i, d);
                }
            }
        }
        return sum;
    }

    /**
     * Adds {@code d} to element {@code i} and returns the square of the change actually stored; also sums the squares
     * of the old and new values, so the caller gets ||W|| before and after without another pass.
     */
    private double apply(Mat w, int i, double d) {
        double old = w.get(i);
        w.set(i, old + d);
        double now = w.get(i);
        oldSquares += old * old;
        newSquares += now * now;
        double applied = now - old;
        return applied * applied;
    }

    /** @return the sum of squares of the parameter's values before the last {@link #update} */
    public double lastOldSquares() {
        return oldSquares;
    }

    /** @return the sum of squares of the parameter's values after the last {@link #update} */
    public double lastNewSquares() {
        return newSquares;
    }
}
