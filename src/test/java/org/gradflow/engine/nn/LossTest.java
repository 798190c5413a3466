package org.gradflow.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.junit.jupiter.api.Test;

/**
 * MSE, softmax cross-entropy and binary cross-entropy on small hand-made batches: values against the textbook
 * formulas (and, for logits of +-100 and +-1000 where the naive formulas overflow, against stable references and
 * hand-known values); gradients against the closed forms and central finite differences of the reference loss.
 * Rows past the batch size must be ignored.
 */
class LossTest {
    /**
     * A one-layer network whose pre-activation equals its input (W = I, b = 0), so the test controls u exactly.
     * The extra last row of the buffers holds junk that a loss over {@code rows} examples must not read.
     */
    private static Network outputLayerWithLogits(ActivationKind act, double[][] logits) {
        int rows = logits.length;
        int cols = logits[0].length;
        NetworkSpec spec = NetworkSpec.of(cols, List.of(LayerSpec.dense(cols, act, InitKind.ZEROS)));
        Network net = new Network(spec, Precision.FLOAT64, rows + 1, new SplittableRandom(1));
        Mat w = net.outputLayer().weights().value();
        for (int j = 0; j < cols; j++) {
            w.set(j, j, 1);
        }
        Mat x = net.input();
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                x.set(r, j, logits[r][j]);
            }
        }
        for (int j = 0; j < cols; j++) {
            x.set(rows, j, 1e6 * (j + 1)); // junk row
        }
        net.forward(rows + 1, true, null);
        net.forward(rows, true, null); // the junk row stays in the output buffers
        return net;
    }

    private static Mat targets(double[][] t) {
        Mat m = Mat.zeros(Precision.FLOAT64, t.length + 1, t[0].length);
        for (int r = 0; r < t.length; r++) {
            for (int j = 0; j < t[0].length; j++) {
                m.set(r, j, t[r][j]);
            }
        }
        for (int j = 0; j < t[0].length; j++) {
            m.set(t.length, j, -3e5); // junk row
        }
        return m;
    }

    /** Central difference of {@code f} with respect to each element. */
    private static double[][] numericGradient(ToDoubleFunction<double[][]> f, double[][] x, double h) {
        double[][] g = new double[x.length][x[0].length];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < x[0].length; j++) {
                double keep = x[r][j];
                x[r][j] = keep + h;
                double up = f.applyAsDouble(x);
                x[r][j] = keep - h;
                double down = f.applyAsDouble(x);
                x[r][j] = keep;
                g[r][j] = (up - down) / (2 * h);
            }
        }
        return g;
    }

    private static void assertMatrixClose(Mat actual, double[][] expected, double tol, String what) {
        int cols = expected[0].length;
        for (int r = 0; r < expected.length; r++) {
            for (int j = 0; j < cols; j++) {
                double e = expected[r][j];
                assertThat(actual.get(r * cols + j)).as("%s[%d][%d]", what, r, j)
                        .isCloseTo(e, within(tol * Math.max(1, Math.abs(e))));
            }
        }
    }

    // ---------------------------------------------------------------- MSE

    private static double mseReference(double[][] y, double[][] t) {
        double s = 0;
        int count = 0;
        for (int r = 0; r < y.length; r++) {
            for (int j = 0; j < y[0].length; j++) {
                s += Math.pow(y[r][j] - t[r][j], 2);
                count++;
            }
        }
        return s / count;
    }

    @Test
    void mseValueAndGradient() {
        double[][] y = {{0.5, -1.25, 3}, {100, -100, 0}, {1e-8, 2, -7}};
        double[][] t = {{0, -1, 2.5}, {99, -100.5, 1}, {0, 2, -6}};
        Network net = outputLayerWithLogits(ActivationKind.IDENTITY, y);
        Loss mse = Loss.of(LossKind.MSE);
        Mat target = targets(t);
        // by hand: squares 0.25 0.0625 0.25 | 1 0.25 1 | 1e-16 0 1 -> 3.8125 + 1e-16 over 9
        assertThat(mse.value(net.outputLayer(), target, 3)).isCloseTo(3.8125 / 9, within(1e-15));
        assertThat(mse.value(net.outputLayer(), target, 3)).isCloseTo(mseReference(y, t), within(1e-15));

        assertThat(mse.writeGradient(net.outputLayer(), target, 3)).as("gives dL/da, not dL/du").isFalse();
        double[][] closed = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int j = 0; j < 3; j++) {
                closed[r][j] = 2 * (y[r][j] - t[r][j]) / 9;
            }
        }
        assertMatrixClose(net.outputLayer().outputGradient(), closed, 1e-15, "dL/da closed form");
        double[][] numeric = numericGradient(v -> mseReference(v, t), y, 1e-5);
        assertMatrixClose(net.outputLayer().outputGradient(), numeric, 1e-8, "dL/da finite difference");
    }

    // ---------------------------------------------------------------- softmax cross-entropy

    /** -sum_j t_j log(e^{u_j} / sum_k e^{u_k}), literally; overflows for large logits. */
    private static double naiveSoftmaxCe(double[] u, double[] t) {
        double z = 0;
        for (double v : u) {
            z += Math.exp(v);
        }
        double loss = 0;
        for (int j = 0; j < u.length; j++) {
            loss -= t[j] * Math.log(Math.exp(u[j]) / z);
        }
        return loss;
    }

    /** The same with log-sum-exp shifted by the row maximum: sum_j t_j (lse(u) - u_j). */
    private static double stableSoftmaxCe(double[] u, double[] t) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : u) {
            m = Math.max(m, v);
        }
        double s = 0;
        for (double v : u) {
            s += Math.exp(v - m);
        }
        double lse = m + Math.log(s);
        double loss = 0;
        for (int j = 0; j < u.length; j++) {
            loss += t[j] * (lse - u[j]);
        }
        return loss;
    }

    private static double meanSoftmaxCe(double[][] u, double[][] t) {
        double s = 0;
        for (int r = 0; r < u.length; r++) {
            s += stableSoftmaxCe(u[r], t[r]);
        }
        return s / u.length;
    }

    @Test
    void softmaxCrossEntropyValueModerateLogitsMatchesNaiveFormula() {
        double[][] u = {{1, 2, 3}, {0.5, -0.5, 0}, {-2, 4, 1e-8}, {0, 0, 0}};
        double[][] t = {{0, 0, 1}, {1, 0, 0}, {0.7, 0.2, 0.1}, {0, 1, 0}};
        Network net = outputLayerWithLogits(ActivationKind.SOFTMAX, u);
        double expected = 0;
        for (int r = 0; r < u.length; r++) {
            expected += naiveSoftmaxCe(u[r], t[r]);
        }
        expected /= u.length;
        assertThat(Loss.of(LossKind.SOFTMAX_CROSS_ENTROPY).value(net.outputLayer(), targets(t), u.length))
                .isCloseTo(expected, within(1e-14));
        // row {0,0,0}: -log(1/3)
        assertThat(naiveSoftmaxCe(u[3], t[3])).isCloseTo(Math.log(3), within(1e-15));
    }

    @Test
    void softmaxCrossEntropyStaysFiniteAndExactForHugeLogits() {
        double[][] u = {{100, -100, 0}, {1000, 0, -1000}, {1000, 0, -1000}, {-1000, -1000, -1000}};
        double[][] t = {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {0.5, 0.5, 0}};
        assertThat(naiveSoftmaxCe(u[1], t[1])).as("the naive formula overflows here").isNaN();
        Network net = outputLayerWithLogits(ActivationKind.SOFTMAX, u);
        double value = Loss.of(LossKind.SOFTMAX_CROSS_ENTROPY).value(net.outputLayer(), targets(t), u.length);
        // hand-known: row 0: 200 + log(1 + e^-100 + e^-200) = 200; row 1: 0; row 2: 2000; row 3: log 3
        double byHand = (200 + 0 + 2000 + Math.log(3)) / 4;
        assertThat(value).isCloseTo(byHand, within(1e-12));
        assertThat(value).isCloseTo(meanSoftmaxCe(u, t), within(1e-12));
        Mat a = net.outputLayer().activationOutput();
        assertThat(a.get(1, 0)).isEqualTo(1.0);
        assertThat(a.get(1, 2)).isEqualTo(0.0);
    }

    @Test
    void softmaxCrossEntropyGradient() {
        double[][] u = {{1, 2, 3}, {0.5, -0.5, 0}, {-2, 4, 1e-8}, {100, -100, 0}, {30, 29, -5}};
        double[][] t = {{0, 0, 1}, {1, 0, 0}, {0.7, 0.2, 0.1}, {0, 1, 0}, {0.5, 0.5, 0}};
        Network net = outputLayerWithLogits(ActivationKind.SOFTMAX, u);
        assertThat(Loss.of(LossKind.SOFTMAX_CROSS_ENTROPY).writeGradient(net.outputLayer(), targets(t), u.length))
                .as("gives dL/du directly").isTrue();
        double[][] closed = new double[u.length][3];
        for (int r = 0; r < u.length; r++) {
            double m = Math.max(u[r][0], Math.max(u[r][1], u[r][2]));
            double z = 0;
            for (double v : u[r]) {
                z += Math.exp(v - m);
            }
            for (int j = 0; j < 3; j++) {
                closed[r][j] = (Math.exp(u[r][j] - m) / z - t[r][j]) / u.length;
            }
        }
        Mat g = net.outputLayer().activationInputGradient();
        assertMatrixClose(g, closed, 1e-15, "dL/du closed form");
        assertMatrixClose(g, numericGradient(v -> meanSoftmaxCe(v, t), u, 1e-5), 1e-8, "dL/du finite difference");
    }

    // ---------------------------------------------------------------- binary cross-entropy

    private static double naiveBce(double u, double t) {
        double p = 1 / (1 + Math.exp(-u));
        return -(t * Math.log(p) + (1 - t) * Math.log(1 - p));
    }

    /** log(1 + e^x) without overflow or loss of the small tail. */
    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** -t log sigmoid(u) - (1-t) log(1 - sigmoid(u)) = t softplus(-u) + (1-t) softplus(u). */
    private static double stableBce(double u, double t) {
        return t * softplus(-u) + (1 - t) * softplus(u);
    }

    private static double meanBce(double[][] u, double[][] t) {
        double s = 0;
        int n = 0;
        for (int r = 0; r < u.length; r++) {
            for (int j = 0; j < u[0].length; j++) {
                s += stableBce(u[r][j], t[r][j]);
                n++;
            }
        }
        return s / n;
    }

    @Test
    void binaryCrossEntropyValueModerateLogitsMatchesNaiveFormula() {
        double[][] u = {{0.3, -2}, {4, 1e-8}, {-0.7, 0}};
        double[][] t = {{1, 0}, {0, 1}, {0.25, 0.5}};
        Network net = outputLayerWithLogits(ActivationKind.SIGMOID, u);
        double expected = 0;
        for (int r = 0; r < 3; r++) {
            for (int j = 0; j < 2; j++) {
                expected += naiveBce(u[r][j], t[r][j]);
            }
        }
        expected /= 6;
        assertThat(Loss.of(LossKind.BINARY_CROSS_ENTROPY).value(net.outputLayer(), targets(t), 3))
                .isCloseTo(expected, within(1e-14));
        assertThat(naiveBce(0, 0.5)).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void binaryCrossEntropyStaysFiniteAndExactForHugeLogits() {
        double[][] u = {{100, -100}, {1000, -1000}, {100, -100}};
        double[][] t = {{0, 1}, {1, 0}, {1, 0}};
        assertThat(naiveBce(100, 0)).as("the naive formula overflows here").isInfinite();
        Network net = outputLayerWithLogits(ActivationKind.SIGMOID, u);
        double value = Loss.of(LossKind.BINARY_CROSS_ENTROPY).value(net.outputLayer(), targets(t), 3);
        // hand-known: the wrong side with margin m costs m + log1p(e^-m), the right side log1p(e^-m) (about 0)
        double tail = Math.log1p(Math.exp(-100));
        double byHand = ((100 + tail) * 2 + 0 + 0 + tail * 2) / 6;
        assertThat(value).isCloseTo(byHand, within(1e-12));
        assertThat(value).isCloseTo(meanBce(u, t), within(1e-12));
    }

    @Test
    void binaryCrossEntropyGradient() {
        double[][] u = {{0.3, -2, 5}, {4, 1e-8, -30}, {100, -100, 0}};
        double[][] t = {{1, 0, 0.5}, {0, 1, 1}, {0, 1, 0.2}};
        Network net = outputLayerWithLogits(ActivationKind.SIGMOID, u);
        assertThat(Loss.of(LossKind.BINARY_CROSS_ENTROPY).writeGradient(net.outputLayer(), targets(t), 3))
                .as("gives dL/du directly").isTrue();
        double[][] closed = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int j = 0; j < 3; j++) {
                closed[r][j] = (1 / (1 + Math.exp(-u[r][j])) - t[r][j]) / 9;
            }
        }
        Mat g = net.outputLayer().activationInputGradient();
        assertMatrixClose(g, closed, 1e-15, "dL/du closed form");
        assertMatrixClose(g, numericGradient(v -> meanBce(v, t), u, 1e-5), 1e-8, "dL/du finite difference");
    }
}
