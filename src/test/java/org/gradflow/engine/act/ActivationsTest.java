package org.gradflow.engine.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every activation's value and derivative against its textbook formula (written here with {@link Math} directly),
 * the derivative also against a central finite difference of that formula; softmax against its definition and its
 * explicit Jacobian; the saturation thresholds against closed-form solutions of |f'(u)| = 5% of max |f'|
 * (or an independent root search where there is none); RReLU's random and mean slopes.
 */
class ActivationsTest {
    private static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double GELU_K = Math.sqrt(2 / Math.PI);

    /** Points from the extremes to the origin, both signs. */
    private static final double[] POINTS = {-50, -30, -20.5, -19.5, -12, -7.3, -4.3, -3, -2.2, -1.5, -1, -0.5, -0.1,
            -1e-3, -1e-8, 0, 1e-8, 1e-3, 0.1, 0.5, 1, 1.5, 2.2, 3, 4.3, 7.3, 12, 19.5, 20.5, 30, 50};

    /** The textbook function of a kind with default parameters (leaky slope 0.01, ELU alpha 1). */
    private static DoubleUnaryOperator textbook(ActivationKind kind) {
        return switch (kind) {
            case IDENTITY -> u -> u;
            case SIGMOID -> u -> 1 / (1 + Math.exp(-u));
            case TANH -> Math::tanh;
            case RELU -> u -> Math.max(0, u);
            case LEAKY_RELU -> u -> u >= 0 ? u : 0.01 * u;
            case RRELU -> u -> u >= 0 ? u : (1.0 / 8 + 1.0 / 3) / 2 * u;
            case ELU -> u -> u >= 0 ? u : Math.exp(u) - 1;
            case SELU -> u -> u >= 0 ? SELU_LAMBDA * u : SELU_LAMBDA * SELU_ALPHA * (Math.exp(u) - 1);
            case GELU -> u -> 0.5 * u * (1 + Math.tanh(GELU_K * (u + 0.044715 * Math.pow(u, 3))));
            case SOFTPLUS -> u -> Math.log(1 + Math.exp(u));
            case SWISH -> u -> u / (1 + Math.exp(-u));
            case SOFTSIGN -> u -> u / (1 + Math.abs(u));
            case SOFTMAX -> throw new IllegalArgumentException("row-wise");
        };
    }

    /** The exact derivative, derived by hand (at a kink, 0 is treated as the left side). */
    private static DoubleUnaryOperator textbookDerivative(ActivationKind kind) {
        return switch (kind) {
            case IDENTITY -> u -> 1;
            case SIGMOID -> u -> Math.exp(-u) / Math.pow(1 + Math.exp(-u), 2);
            case TANH -> u -> 1 / Math.pow(Math.cosh(u), 2);
            case RELU -> u -> u > 0 ? 1 : 0;
            case LEAKY_RELU -> u -> u > 0 ? 1 : 0.01;
            case RRELU -> u -> u > 0 ? 1 : (1.0 / 8 + 1.0 / 3) / 2;
            case ELU -> u -> u > 0 ? 1 : Math.exp(u);
            case SELU -> u -> u > 0 ? SELU_LAMBDA : SELU_LAMBDA * SELU_ALPHA * Math.exp(u);
            case GELU -> u -> {
                double g = GELU_K * (u + 0.044715 * u * u * u);
                return 0.5 * (1 + Math.tanh(g)) + 0.5 * u * GELU_K * (1 + 3 * 0.044715 * u * u) / Math.pow(Math.cosh(g), 2);
            };
            case SOFTPLUS -> u -> 1 / (1 + Math.exp(-u));
            case SWISH -> u -> (1 + Math.exp(-u) + u * Math.exp(-u)) / Math.pow(1 + Math.exp(-u), 2);
            case SOFTSIGN -> u -> 1 / Math.pow(1 + Math.abs(u), 2);
            case SOFTMAX -> throw new IllegalArgumentException("row-wise");
        };
    }

    private static boolean hasKinkAtZero(ActivationKind kind) {
        return kind.isReluFamily() || kind == ActivationKind.SELU;
    }

    private static Activation create(ActivationKind kind) {
        return Activations.create(ActivationSpec.of(kind), POINTS.length);
    }

    private static void assertClose(double actual, double expected, double rel, double abs, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(rel * Math.abs(expected) + abs));
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = "SOFTMAX", mode = EnumSource.Mode.EXCLUDE)
    void valueMatchesTextbookFormula(ActivationKind kind) {
        Activation f = create(kind);
        DoubleUnaryOperator ref = textbook(kind);
        for (double u : POINTS) {
            assertClose(f.value(u), ref.applyAsDouble(u), 1e-12, 1e-15, kind + " f(" + u + ")");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = "SOFTMAX", mode = EnumSource.Mode.EXCLUDE)
    void derivativeMatchesExactDerivative(ActivationKind kind) {
        Activation f = create(kind);
        DoubleUnaryOperator ref = textbookDerivative(kind);
        for (double u : POINTS) {
            if (u == 0 && hasKinkAtZero(kind)) {
                continue;
            }
            // Absolute slack 1e-15: f' computed through a = f(u) cannot resolve e^-50 next to 1.
            assertClose(f.derivative(u, f.value(u)), ref.applyAsDouble(u), 1e-9, 1e-15, kind + " f'(" + u + ")");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = "SOFTMAX", mode = EnumSource.Mode.EXCLUDE)
    void derivativeMatchesCentralDifferenceOfTextbookFunction(ActivationKind kind) {
        Activation f = create(kind);
        DoubleUnaryOperator ref = textbook(kind);
        double h = 1e-5;
        int checked = 0;
        // ELU and softsign have a jump in f'' at 0, which a difference across 0 sees as an O(h) error
        boolean kink = hasKinkAtZero(kind) || kind == ActivationKind.ELU || kind == ActivationKind.SOFTSIGN;
        for (double u : POINTS) {
            if (kink && Math.abs(u) < 10 * h) {
                continue;
            }
            double numeric = (ref.applyAsDouble(u + h) - ref.applyAsDouble(u - h)) / (2 * h);
            assertClose(f.derivative(u, f.value(u)), numeric, 1e-6, 1e-9, kind + " f'(" + u + ") vs central difference");
            checked++;
        }
        assertThat(checked).isGreaterThan(25);
    }

    @Test
    void atTheKinkTheDerivativeIsOneOfTheOneSidedSlopes() {
        assertThat(create(ActivationKind.RELU).derivative(0, 0)).isIn(0.0, 1.0);
        assertThat(create(ActivationKind.LEAKY_RELU).derivative(0, 0)).isIn(0.01, 1.0);
        assertThat(create(ActivationKind.SELU).derivative(0, 0)).isIn(SELU_LAMBDA, SELU_LAMBDA * SELU_ALPHA);
    }

    @Test
    void nonDefaultParametersOfLeakyReluAndElu() {
        Activation leaky = Activations.create(ActivationSpec.leakyRelu(0.2), 1);
        Activation elu = Activations.create(ActivationSpec.elu(2.5), 1);
        for (double u : POINTS) {
            assertClose(leaky.value(u), u > 0 ? u : 0.2 * u, 1e-15, 0, "leaky(" + u + ")");
            assertClose(elu.value(u), u > 0 ? u : 2.5 * (Math.exp(u) - 1), 1e-12, 1e-15, "elu(" + u + ")");
            if (u != 0) {
                assertThat(leaky.derivative(u, leaky.value(u))).isEqualTo(u > 0 ? 1 : 0.2);
                assertClose(elu.derivative(u, elu.value(u)), u > 0 ? 1 : 2.5 * Math.exp(u), 1e-9, 1e-15, "elu'(" + u + ")");
            }
        }
    }

    /** forward/backward on matrices (what the layers call) agree with the textbook too, on the first n elements only. */
    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = {"SOFTMAX", "RRELU"}, mode = EnumSource.Mode.EXCLUDE)
    void matrixForwardAndBackwardMatchTextbook(ActivationKind kind) {
        int n = POINTS.length;
        int cols = 1;
        Mat u = Mat.zeros(Precision.FLOAT64, n + 2, cols);
        Mat a = Mat.zeros(Precision.FLOAT64, n + 2, cols);
        Mat dA = Mat.zeros(Precision.FLOAT64, n + 2, cols);
        Mat dU = Mat.zeros(Precision.FLOAT64, n + 2, cols);
        double[] upstream = new double[n];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            u.set(i, POINTS[i]);
            upstream[i] = r.nextDouble(-2, 2);
            dA.set(i, upstream[i]);
        }
        a.set(n, 777);
        dU.set(n, 777);
        Activation f = Activations.create(ActivationSpec.of(kind), n + 2);
        f.forward(u, a, n, n, true, new SplittableRandom(1));
        f.backward(u, a, dA, dU, n, n);
        DoubleUnaryOperator ref = textbook(kind);
        DoubleUnaryOperator dref = textbookDerivative(kind);
        for (int i = 0; i < n; i++) {
            double x = POINTS[i];
            assertClose(a.get(i), ref.applyAsDouble(x), 1e-12, 1e-15, kind + " forward(" + x + ")");
            if (!(x == 0 && hasKinkAtZero(kind))) {
                assertClose(dU.get(i), upstream[i] * dref.applyAsDouble(x), 1e-9, 1e-15, kind + " backward(" + x + ")");
            }
        }
        assertThat(a.get(n)).as("elements past n untouched").isEqualTo(777);
        assertThat(dU.get(n)).as("elements past n untouched").isEqualTo(777);
    }

    // ---------------------------------------------------------------- softmax

    private static Mat rowsOf(double[][] values) {
        Mat m = Mat.zeros(Precision.FLOAT64, values.length, values[0].length);
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[0].length; c++) {
                m.set(r, c, values[r][c]);
            }
        }
        return m;
    }

    @Test
    void softmaxMatchesDefinitionAndRowsSumToOneEvenForHugeLogits() {
        double[][] logits = {{1, 2, 3, 4}, {0, 0, 0, 0}, {-50, 50, 0, 1e-8}, {1000, -1000, 999, 0}, {-800, -801, -799, -800}};
        Mat u = rowsOf(logits);
        Mat a = Mat.zeros(Precision.FLOAT64, logits.length, 4);
        Activation softmax = Activations.create(ActivationSpec.of(ActivationKind.SOFTMAX), 20);
        softmax.forward(u, a, logits.length, a.size(), true, null);
        for (int r = 0; r < logits.length; r++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                // a_j = 1 / sum_k e^{u_k - u_j}: no overflow to a wrong value (e^{+big} = inf gives 1/inf = 0, right).
                double denom = 0;
                for (int k = 0; k < 4; k++) {
                    denom += Math.exp(logits[r][k] - logits[r][j]);
                }
                double expected = 1 / denom;
                assertClose(a.get(r, j), expected, 1e-12, 1e-300, "softmax row " + r + " col " + j);
                sum += a.get(r, j);
            }
            assertThat(sum).as("row %d sums to 1", r).isCloseTo(1, within(1e-14));
        }
        // the hand-known values of the extreme row {1000, -1000, 999, 0}
        assertThat(a.get(3, 0)).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-15));
        assertThat(a.get(3, 1)).isEqualTo(0.0);
    }

    @Test
    void softmaxBackwardEqualsExplicitJacobianProduct() {
        SplittableRandom r = new SplittableRandom(3);
        int rows = 4;
        int cols = 5;
        double[][] logits = new double[rows][cols];
        double[][] up = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                logits[i][j] = r.nextGaussian() * 3;
                up[i][j] = r.nextGaussian();
            }
        }
        Mat u = rowsOf(logits);
        Mat a = Mat.zeros(Precision.FLOAT64, rows, cols);
        Mat dA = rowsOf(up);
        Mat dU = Mat.zeros(Precision.FLOAT64, rows, cols);
        Activation softmax = Activations.create(ActivationSpec.of(ActivationKind.SOFTMAX), rows * cols);
        softmax.forward(u, a, rows, rows * cols, true, null);
        softmax.backward(u, a, dA, dU, rows, rows * cols);
        for (int i = 0; i < rows; i++) {
            double[] s = new double[cols];
            double z = 0;
            for (int j = 0; j < cols; j++) {
                z += Math.exp(logits[i][j]);
            }
            for (int j = 0; j < cols; j++) {
                s[j] = Math.exp(logits[i][j]) / z;
            }
            for (int k = 0; k < cols; k++) {
                // dL/du_k = sum_j dL/da_j * da_j/du_k, with da_j/du_k = s_j (delta_jk - s_k)
                double expected = 0;
                for (int j = 0; j < cols; j++) {
                    double jac = s[j] * ((j == k ? 1 : 0) - s[k]);
                    expected += up[i][j] * jac;
                }
                assertThat(dU.get(i, k)).as("dU[%d][%d]", i, k).isCloseTo(expected, within(1e-13));
            }
        }
    }

    // ---------------------------------------------------------------- saturation thresholds

    /** The 5% rule: |f'(u)| below 0.05 * max |f'|. */
    private static final double FRACTION = 0.05;

    @Test
    void sigmoidThresholdSolvesSigmaPrimeEqualsFivePercentOfAQuarter() {
        // sigma (1 - sigma) = 0.05 / 4  =>  sigma = (1 - sqrt(1 - 4 * 0.0125)) / 2, u = logit(sigma)
        double s = (1 - Math.sqrt(1 - 4 * FRACTION * 0.25)) / 2;
        double edge = Math.log(s / (1 - s));
        assertThat(edge).isCloseTo(-4.3565, within(1e-4));
        Activation f = create(ActivationKind.SIGMOID);
        assertThat(f.maxDerivative()).isEqualTo(0.25);
        assertThat(f.saturationLow()).isCloseTo(edge, within(1e-9));
        assertThat(f.saturationHigh()).isCloseTo(-edge, within(1e-9));
    }

    @Test
    void tanhThresholdSolvesOneMinusTanhSquaredEqualsFivePercent() {
        double t = Math.sqrt(1 - FRACTION);
        double edge = 0.5 * Math.log((1 + t) / (1 - t)); // atanh
        assertThat(edge).isCloseTo(2.1783, within(1e-4));
        Activation f = create(ActivationKind.TANH);
        assertThat(f.saturationLow()).isCloseTo(-edge, within(1e-9));
        assertThat(f.saturationHigh()).isCloseTo(edge, within(1e-9));
    }

    @Test
    void softsignThresholdSolvesInverseSquareEqualsFivePercent() {
        double edge = Math.sqrt(1 / FRACTION) - 1; // 1/(1+|u|)^2 = 0.05
        Activation f = create(ActivationKind.SOFTSIGN);
        assertThat(f.saturationLow()).isCloseTo(-edge, within(1e-9));
        assertThat(f.saturationHigh()).isCloseTo(edge, within(1e-9));
    }

    @Test
    void oneSidedThresholdsOfEluSeluAndSoftplus() {
        // ELU alpha: f' = alpha e^u on the left, max f' = max(1, alpha)
        for (double alpha : new double[] {0.5, 1, 2.5}) {
            Activation elu = Activations.create(ActivationSpec.elu(alpha), 1);
            double edge = Math.log(FRACTION * Math.max(1, alpha) / alpha);
            assertThat(elu.saturationLow()).as("ELU alpha %s", alpha).isCloseTo(edge, within(1e-9));
            assertThat(elu.saturationHigh()).isEqualTo(Double.POSITIVE_INFINITY);
        }
        // SELU: max f' = lambda alpha (at 0 from the left), lambda alpha e^u = 0.05 lambda alpha
        Activation selu = create(ActivationKind.SELU);
        assertThat(selu.maxDerivative()).isCloseTo(SELU_LAMBDA * SELU_ALPHA, within(1e-12));
        assertThat(selu.saturationLow()).isCloseTo(Math.log(FRACTION), within(1e-9));
        assertThat(selu.saturationHigh()).isEqualTo(Double.POSITIVE_INFINITY);
        // softplus: f' = sigmoid(u) = 0.05 => u = ln(0.05 / 0.95)
        Activation softplus = create(ActivationKind.SOFTPLUS);
        assertThat(softplus.saturationLow()).isCloseTo(Math.log(FRACTION / (1 - FRACTION)), within(1e-9));
        assertThat(softplus.saturationHigh()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    /** GELU and swish have no closed form: max |f'| by a fine grid, the outermost left crossing by scan + bisection. */
    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = {"GELU", "SWISH"})
    void thresholdsOfGeluAndSwishByIndependentRootSearch(ActivationKind kind) {
        DoubleUnaryOperator d = textbookDerivative(kind);
        double max = 0;
        for (double u = -10; u <= 10; u += 1e-4) {
            max = Math.max(max, Math.abs(d.applyAsDouble(u)));
        }
        double limit = FRACTION * max;
        double lo = -40;
        while (Math.abs(d.applyAsDouble(lo + 1e-3)) < limit) {
            lo += 1e-3;
        }
        double hi = lo + 1e-3;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (Math.abs(d.applyAsDouble(mid)) < limit) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Activation f = create(kind);
        // the code hard-codes max |f'| to 4-5 digits, so its edge can differ from the exact one by ~1e-4
        assertThat(f.maxDerivative()).isCloseTo(max, within(2e-4));
        assertThat(f.saturationLow()).isCloseTo(lo, within(1e-3));
        assertThat(f.saturationHigh()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = {"IDENTITY", "RELU", "LEAKY_RELU", "RRELU", "SOFTMAX"})
    void functionsWithoutAVanishingRegionReportNaNThresholds(ActivationKind kind) {
        Activation f = create(kind);
        assertThat(f.reportsSaturation()).isFalse();
        assertThat(f.saturationLow()).isNaN();
        assertThat(f.saturationHigh()).isNaN();
    }

    @Test
    void deadRules() {
        assertThat(create(ActivationKind.RELU).deadRule()).isEqualTo(Activation.DeadRule.ZERO_OUTPUT);
        assertThat(create(ActivationKind.LEAKY_RELU).deadRule()).isEqualTo(Activation.DeadRule.NEGATIVE_INPUT);
        assertThat(create(ActivationKind.RRELU).deadRule()).isEqualTo(Activation.DeadRule.NEGATIVE_INPUT);
        assertThat(create(ActivationKind.TANH).deadRule()).isEqualTo(Activation.DeadRule.NONE);
        assertThat(create(ActivationKind.ELU).deadRule()).isEqualTo(Activation.DeadRule.NONE);
    }

    // ---------------------------------------------------------------- RReLU

    @Test
    void rreluTrainingSlopesLieInRangeAndVaryAndBackwardUsesTheSameSlopes() {
        int n = 2000;
        double lower = 0.1;
        double upper = 0.4;
        Mat u = Mat.zeros(Precision.FLOAT64, n, 1);
        Mat a = Mat.zeros(Precision.FLOAT64, n, 1);
        Mat dA = Mat.zeros(Precision.FLOAT64, n, 1);
        Mat dU = Mat.zeros(Precision.FLOAT64, n, 1);
        for (int i = 0; i < n; i++) {
            u.set(i, i % 2 == 0 ? -1.5 - i * 1e-3 : 0.7 + i * 1e-3);
            dA.set(i, 1);
        }
        Activation f = Activations.create(ActivationSpec.rrelu(lower, upper), n);
        f.forward(u, a, n, n, true, new SplittableRandom(11));
        f.backward(u, a, dA, dU, n, n);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int negatives = 0;
        for (int i = 0; i < n; i++) {
            double x = u.get(i);
            if (x > 0) {
                assertThat(a.get(i)).isEqualTo(x);
                assertThat(dU.get(i)).isEqualTo(1.0);
                continue;
            }
            double slope = a.get(i) / x;
            assertThat(slope).isBetween(lower, upper);
            assertThat(dU.get(i)).as("backward uses the forward slope").isCloseTo(slope, within(1e-12));
            min = Math.min(min, slope);
            max = Math.max(max, slope);
            sum += slope;
            negatives++;
        }
        // uniform on [0.1, 0.4]: 1000 draws cover most of the range, mean 0.25 +- 5 standard errors
        assertThat(max - min).isGreaterThan(0.9 * (upper - lower));
        double se = (upper - lower) / Math.sqrt(12) / Math.sqrt(negatives);
        assertThat(sum / negatives).isCloseTo((lower + upper) / 2, within(5 * se));

        // a second training pass with fresh noise draws new slopes; with null noise reuses the previous ones
        double[] first = a.toArray();
        f.forward(u, a, n, n, true, null);
        assertThat(a.toArray()).containsExactly(first);
        f.forward(u, a, n, n, true, new SplittableRandom(12));
        assertThat(a.toArray()).isNotEqualTo(first);
    }

    @Test
    void rreluEvaluationUsesTheMeanSlope() {
        double lower = 0.1;
        double upper = 0.4;
        int n = 6;
        Mat u = Mat.zeros(Precision.FLOAT64, n, 1);
        Mat a = Mat.zeros(Precision.FLOAT64, n, 1);
        Mat dA = Mat.zeros(Precision.FLOAT64, n, 1);
        Mat dU = Mat.zeros(Precision.FLOAT64, n, 1);
        double[] xs = {-3, -1, -1e-8, 1e-8, 1, 3};
        for (int i = 0; i < n; i++) {
            u.set(i, xs[i]);
            dA.set(i, 2);
        }
        Activation f = Activations.create(ActivationSpec.rrelu(lower, upper), n);
        f.forward(u, a, n, n, true, new SplittableRandom(1)); // a training pass first: eval must not reuse its slopes
        f.forward(u, a, n, n, false, new SplittableRandom(2));
        f.backward(u, a, dA, dU, n, n);
        for (int i = 0; i < n; i++) {
            double slope = xs[i] > 0 ? 1 : 0.25;
            assertThat(a.get(i)).isCloseTo(slope * xs[i], within(1e-15));
            assertThat(dU.get(i)).isCloseTo(2 * slope, within(1e-15));
        }
        assertThat(f.value(-2)).isCloseTo(-0.5, within(1e-15));
    }
}
