package org.gradflow.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradflow.engine.nn.Param;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each update rule over several steps against an independent plain-Java implementation of the textbook update
 * (momentum and Nesterov in the PyTorch "buffer of gradients" form, which is algebraically equal to the velocity form
 * the code uses; Adam as in Algorithm 1 of Kingma and Ba), with non-default hyperparameters so each one matters;
 * Nesterov also against Sutskever's look-ahead definition on a quadratic; the returned sum of squares against the
 * change actually made to the weights.
 */
class OptimizerTest {
    private static final double LR = 0.05;
    private static final double MU = 0.8;
    private static final double BETA1 = 0.85;
    private static final double BETA2 = 0.99;
    private static final double RHO = 0.7;
    private static final double EPS = 1e-3;

    private static final double[] W0 = {0.5, -1.2, 2.0, 0.0, -0.03, 1e-4};
    /** gradient per step (rows) and element (columns): signs flip, zeros, a large spike */
    private static final double[][] GRADS = {
            {0.1, -0.2, 3.0, 0.0, 1e-4, -1.0},
            {0.1, 0.4, -2.5, 0.0, 2e-4, -1.0},
            {-0.3, 0.0, 40.0, 0.5, -1e-4, -1.0},
            {0.2, -0.1, 0.5, -0.5, 0.0, 1.0},
            {0.0, 0.3, -1.5, 0.25, 3e-4, 1.0},
            {0.05, -0.05, 0.1, 0.0, -2e-4, 1.0},
            {1.0, 1.0, -1.0, 1.0, 1.0, -1.0}};

    private static OptimizerSpec spec(OptimizerKind kind) {
        return new OptimizerSpec(kind, LR, MU, BETA1, BETA2, RHO, EPS);
    }

    private static Param param(Precision precision, double[] values) {
        Param p = new Param("layers[0].W", Param.Role.WEIGHT, 0, precision, 2, 3);
        p.value().setAll(values);
        return p;
    }

    /** The textbook rule, written from the references, with its own state arrays. */
    private static final class Reference {
        final OptimizerKind kind;
        final double[] w;
        final double[] s1;
        final double[] s2;
        int t;

        Reference(OptimizerKind kind, double[] w0) {
            this.kind = kind;
            this.w = w0.clone();
            this.s1 = new double[w0.length];
            this.s2 = new double[w0.length];
        }

        void step(double[] g) {
            t++;
            for (int i = 0; i < w.length; i++) {
                switch (kind) {
                    case SGD -> w[i] = w[i] - LR * g[i];
                    case MOMENTUM -> { // buf = mu buf + g; w -= lr buf
                        s1[i] = MU * s1[i] + g[i];
                        w[i] = w[i] - LR * s1[i];
                    }
                    case NESTEROV -> { // buf = mu buf + g; w -= lr (g + mu buf)
                        s1[i] = MU * s1[i] + g[i];
                        w[i] = w[i] - LR * (g[i] + MU * s1[i]);
                    }
                    case ADAGRAD -> {
                        s1[i] = s1[i] + g[i] * g[i];
                        w[i] = w[i] - LR * g[i] / (Math.sqrt(s1[i]) + EPS);
                    }
                    case RMSPROP -> {
                        s1[i] = RHO * s1[i] + (1 - RHO) * g[i] * g[i];
                        w[i] = w[i] - LR * g[i] / (Math.sqrt(s1[i]) + EPS);
                    }
                    case ADAM -> {
                        s1[i] = BETA1 * s1[i] + (1 - BETA1) * g[i];
                        s2[i] = BETA2 * s2[i] + (1 - BETA2) * g[i] * g[i];
                        double mHat = s1[i] / (1 - Math.pow(BETA1, t));
                        double vHat = s2[i] / (1 - Math.pow(BETA2, t));
                        w[i] = w[i] - LR * mHat / (Math.sqrt(vHat) + EPS);
                    }
                }
            }
        }
    }

    private static double sumSquaredChange(double[] before, double[] after) {
        double s = 0;
        for (int i = 0; i < before.length; i++) {
            s += (after[i] - before[i]) * (after[i] - before[i]);
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void matchesTextbookUpdateOverSeveralStepsAndReportsTheChange(OptimizerKind kind) {
        Optimizer opt = new Optimizer(spec(kind));
        Param p = param(Precision.FLOAT64, W0);
        Reference ref = new Reference(kind, W0);
        for (int step = 0; step < GRADS.length; step++) {
            double[] before = p.value().toArray();
            p.grad().setAll(GRADS[step]);
            double reported = opt.update(p, step + 1);
            ref.step(GRADS[step]);
            double[] after = p.value().toArray();
            for (int i = 0; i < W0.length; i++) {
                assertThat(after[i]).as("%s step %d w[%d]", kind, step + 1, i).isCloseTo(ref.w[i], within(1e-12));
            }
            double actual = sumSquaredChange(before, after);
            assertThat(actual).as("%s step %d: weights moved", kind, step + 1).isGreaterThan(1e-8);
            assertThat(reported).as("%s step %d: reported sum of squared change", kind, step + 1)
                    .isCloseTo(actual, within(1e-12 * actual));
            assertThat(p.grad().toArray()).as("the gradient is left as it was").containsExactly(GRADS[step]);
        }
    }

    @Test
    void nesterovIsSutskeversLookAheadMomentum() {
        // f(x) = 0.5 sum a_i x_i^2. Sutskever: v <- mu v - lr f'(theta + mu v); theta <- theta + v.
        // The optimiser's weights are the look-ahead point theta + mu v, and it gets the gradient there.
        double[] a = {0.5, 2, 7, 0.1, 1, 3};
        double[] theta = W0.clone();
        double[] v = new double[W0.length];
        Optimizer opt = new Optimizer(spec(OptimizerKind.NESTEROV));
        Param p = param(Precision.FLOAT64, W0);
        for (int step = 1; step <= 12; step++) {
            double[] w = p.value().toArray();
            double[] g = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                g[i] = a[i] * w[i];
            }
            p.grad().setAll(g);
            opt.update(p, step);
            for (int i = 0; i < theta.length; i++) {
                double look = theta[i] + MU * v[i];
                v[i] = MU * v[i] - LR * a[i] * look;
                theta[i] += v[i];
            }
            double[] after = p.value().toArray();
            for (int i = 0; i < theta.length; i++) {
                assertThat(after[i]).as("step %d w[%d]", step, i).isCloseTo(theta[i] + MU * v[i], within(1e-12));
            }
        }
    }

    @Test
    void adamFirstStepMovesEveryNonZeroGradientElementByAboutTheLearningRate() {
        // with bias correction m_hat = g, v_hat = g^2 at t = 1, so |dw| = lr |g| / (|g| + eps)
        Optimizer opt = new Optimizer(new OptimizerSpec(OptimizerKind.ADAM, 0.01, 0.9, 0.9, 0.999, 0.9, 1e-8));
        Param p = param(Precision.FLOAT64, W0);
        double[] g = {5, -0.001, 300, 0, 1e-3, -2};
        p.grad().setAll(g);
        opt.update(p, 1);
        double[] after = p.value().toArray();
        for (int i = 0; i < g.length; i++) {
            double expected = g[i] == 0 ? 0 : -Math.signum(g[i]) * 0.01 * Math.abs(g[i]) / (Math.abs(g[i]) + 1e-8);
            assertThat(after[i] - W0[i]).isCloseTo(expected, within(1e-15));
        }
    }

    /** In float32 the stored weights are rounded; the report is the change actually stored, not the one intended. */
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void float32ReportedChangeMatchesActualChange(OptimizerKind kind) {
        Optimizer opt = new Optimizer(spec(kind));
        Param p = param(Precision.FLOAT32, W0);
        for (int step = 0; step < GRADS.length; step++) {
            double[] before = p.value().toArray();
            p.grad().setAll(GRADS[step]);
            double reported = opt.update(p, step + 1);
            double actual = sumSquaredChange(before, p.value().toArray());
            assertThat(reported).as("%s step %d", kind, step + 1).isCloseTo(actual, within(1e-12 * actual));
        }
    }

    /**
     * A float32 weight of 1 cannot move by less than half an ulp (6e-8): an update of 1e-9 is lost. The change
     * actually applied is then 0, and that is what the sum of squares must report.
     */
    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = {"SGD", "MOMENTUM", "NESTEROV"})
    void float32UpdateBelowResolutionReportsNoChange(OptimizerKind kind) {
        Optimizer opt = new Optimizer(new OptimizerSpec(kind, 1e-3, MU, BETA1, BETA2, RHO, EPS));
        Param p = param(Precision.FLOAT32, new double[] {1, 1, 1, 1, 1, 1});
        p.grad().setAll(new double[] {1e-6, -1e-6, 1e-6, -1e-6, 1e-6, -1e-6});
        double reported = opt.update(p, 1);
        assertThat(p.value().toArray()).as("the weights did not move").containsOnly(1.0);
        assertThat(reported).isEqualTo(0.0);
    }

    @Test
    void resetStateClearsMomentum() {
        Optimizer opt = new Optimizer(spec(OptimizerKind.MOMENTUM));
        Param p = param(Precision.FLOAT64, W0);
        p.grad().setAll(GRADS[0]);
        opt.update(p, 1);
        p.resetState();
        double[] before = p.value().toArray();
        p.grad().setAll(GRADS[1]);
        opt.update(p, 1);
        double[] after = p.value().toArray();
        for (int i = 0; i < W0.length; i++) {
            assertThat(after[i] - before[i]).isCloseTo(-LR * GRADS[1][i], within(1e-15));
        }
    }
}
