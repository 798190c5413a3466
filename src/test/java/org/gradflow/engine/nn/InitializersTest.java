package org.gradflow.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each initialiser on a 512 x 256 matrix (fanIn 512, fanOut 256, so swapped fans would be seen): sample mean and
 * standard deviation against the published formula, within 5 standard errors computed from the sample size; the
 * shape of the distribution (share within one standard deviation: 68.3% for a gaussian, 57.7% for a uniform);
 * uniform bounds; orthogonality W^T W = gain^2 I (or W W^T) for square, tall and wide shapes; seeding.
 */
class InitializersTest {
    private static final int FAN_IN = 512;
    private static final int FAN_OUT = 256;
    private static final int N = FAN_IN * FAN_OUT;
    private static final double GAUSS_WITHIN_ONE_SD = 0.6826894921370859; // erf(1/sqrt 2)
    private static final double UNIFORM_WITHIN_ONE_SD = 1 / Math.sqrt(3);

    private static InitSpec withGain(InitKind kind, double gain) {
        return new InitSpec(kind, 0, 0, 1, 1, gain);
    }

    private static double[] draw(InitSpec spec, int rows, int cols, long seed, Precision precision) {
        Mat w = Mat.zeros(precision, rows, cols);
        Initializers.fill(spec, w, new SplittableRandom(seed));
        return w.toArray();
    }

    private static double[] draw(InitSpec spec, long seed) {
        return draw(spec, FAN_IN, FAN_OUT, seed, Precision.FLOAT64);
    }

    /** mean, population std, share of values within one std of the expected mean */
    private static double[] moments(double[] v, double expectedMean, double expectedStd) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / v.length;
        double ss = 0;
        long within = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
            if (Math.abs(x - expectedMean) < expectedStd) {
                within++;
            }
        }
        return new double[] {mean, Math.sqrt(ss / v.length), (double) within / v.length};
    }

    /** Gaussian N(mean, std^2): SE(mean) = std/sqrt(n), SE(std) = std/sqrt(2n), SE(share) = sqrt(p(1-p)/n). */
    private static void assertGaussian(double[] v, double mean, double std) {
        double[] m = moments(v, mean, std);
        assertThat(m[0]).as("mean").isCloseTo(mean, within(5 * std / Math.sqrt(v.length)));
        assertThat(m[1]).as("std").isCloseTo(std, within(5 * std / Math.sqrt(2.0 * v.length)));
        double p = GAUSS_WITHIN_ONE_SD;
        assertThat(m[2]).as("share within one std (gaussian shape)").isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / v.length)));
    }

    /**
     * Uniform U(-L, L): std L/sqrt 3; SE(mean) = std/sqrt(n); Var(x^2) = L^4 (1/5 - 1/9), so
     * SE(variance) = L^2 sqrt(4/45/n) and SE(std) = SE(variance) / (2 std). Bounds respected and nearly reached.
     */
    private static void assertUniform(double[] v, double limit) {
        double std = limit / Math.sqrt(3);
        double[] m = moments(v, 0, std);
        assertThat(m[0]).as("mean").isCloseTo(0, within(5 * std / Math.sqrt(v.length)));
        double seStd = limit * limit * Math.sqrt(4.0 / 45 / v.length) / (2 * std);
        assertThat(m[1]).as("std").isCloseTo(std, within(5 * seStd));
        double p = UNIFORM_WITHIN_ONE_SD;
        assertThat(m[2]).as("share within one std (flat shape)").isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / v.length)));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            assertThat(x).isBetween(-limit, limit);
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        // P(no value in the top 0.1% of the range) = (1 - 0.0005)^131072, about 1e-28
        assertThat(max).isGreaterThan(limit * 0.999);
        assertThat(min).isLessThan(-limit * 0.999);
    }

    @Test
    void zerosAndConstant() {
        assertThat(draw(InitSpec.of(InitKind.ZEROS), 1)).containsOnly(0.0);
        assertThat(draw(InitSpec.constant(-0.37), 1)).containsOnly(-0.37);
    }

    @Test
    void normalWithGivenMeanAndStd() {
        assertGaussian(draw(InitSpec.normal(0, 1), 1), 0, 1);
        assertGaussian(draw(InitSpec.normal(0.3, 0.05), 2), 0.3, 0.05);
    }

    @Test
    void uniformWithGivenLimit() {
        assertUniform(draw(InitSpec.uniform(1), 3), 1);
        assertUniform(draw(InitSpec.uniform(0.02), 4), 0.02);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 1.7})
    void xavierNormal(double gain) {
        assertGaussian(draw(withGain(InitKind.XAVIER_NORMAL, gain), 5), 0, gain * Math.sqrt(2.0 / (FAN_IN + FAN_OUT)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 1.7})
    void xavierUniform(double gain) {
        assertUniform(draw(withGain(InitKind.XAVIER_UNIFORM, gain), 6), gain * Math.sqrt(6.0 / (FAN_IN + FAN_OUT)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 0.6})
    void heNormalUsesFanIn(double gain) {
        assertGaussian(draw(withGain(InitKind.HE_NORMAL, gain), 7), 0, gain * Math.sqrt(2.0 / FAN_IN));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 0.6})
    void heUniformUsesFanIn(double gain) {
        assertUniform(draw(withGain(InitKind.HE_UNIFORM, gain), 8), gain * Math.sqrt(6.0 / FAN_IN));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2})
    void lecunNormalUsesFanIn(double gain) {
        assertGaussian(draw(withGain(InitKind.LECUN_NORMAL, gain), 9), 0, gain * Math.sqrt(1.0 / FAN_IN));
    }

    /** max |(W^T W or W W^T) - gain^2 I| over the smaller dimension. */
    private static double orthogonalityError(double[] w, int rows, int cols, double gain) {
        boolean columns = rows >= cols; // tall or square: orthonormal columns
        int k = columns ? cols : rows;
        double worst = 0;
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                double dot = 0;
                int len = columns ? rows : cols;
                for (int i = 0; i < len; i++) {
                    dot += columns ? w[i * cols + p] * w[i * cols + q] : w[p * cols + i] * w[q * cols + i];
                }
                double expected = p == q ? gain * gain : 0;
                worst = Math.max(worst, Math.abs(dot - expected));
            }
        }
        return worst;
    }

    @ParameterizedTest
    @ValueSource(strings = {"64x64", "128x32", "32x128", "1x7", "7x1"})
    void orthogonalHasOrthonormalColumnsOrRowsTimesGain(String shape) {
        int rows = Integer.parseInt(shape.split("x")[0]);
        int cols = Integer.parseInt(shape.split("x")[1]);
        for (double gain : new double[] {1, 1.5}) {
            InitSpec spec = withGain(InitKind.ORTHOGONAL, gain);
            double[] w64 = draw(spec, rows, cols, 10, Precision.FLOAT64);
            assertThat(orthogonalityError(w64, rows, cols, gain)).as("float64 %s gain %s", shape, gain).isLessThan(1e-12);
            double[] w32 = draw(spec, rows, cols, 10, Precision.FLOAT32);
            assertThat(orthogonalityError(w32, rows, cols, gain)).as("float32 %s gain %s", shape, gain).isLessThan(1e-5);
            // not a trivial orthogonal matrix (identity, permutation): entries spread like a random one
            long nonZero = java.util.Arrays.stream(w64).filter(x -> Math.abs(x) > 1e-9).count();
            assertThat(nonZero).isEqualTo((long) rows * cols);
        }
    }

    @Test
    void orthogonalSquareEntriesLookRandom() {
        // entries of a uniformly random orthogonal n x n matrix are nearly N(0, 1/n); their sum 1^T Q 1 has
        // standard deviation about sqrt(n), so the mean of the n^2 entries has standard error n^-1.5
        int n = 200;
        double[] w = draw(InitSpec.of(InitKind.ORTHOGONAL), n, n, 12, Precision.FLOAT64);
        double[] m = moments(w, 0, 1 / Math.sqrt(n));
        assertThat(m[0]).isCloseTo(0, within(5 * Math.pow(n, -1.5)));
        assertThat(m[2]).as("share within one std (gaussian-like, not a permutation)").isCloseTo(GAUSS_WITHIN_ONE_SD,
                within(0.01));
    }

    @ParameterizedTest
    @EnumSource(value = InitKind.class, names = {"NORMAL", "UNIFORM", "XAVIER_NORMAL", "XAVIER_UNIFORM", "HE_NORMAL",
            "HE_UNIFORM", "LECUN_NORMAL", "ORTHOGONAL"})
    void sameSeedGivesIdenticalValuesAndAnotherSeedDifferentOnes(InitKind kind) {
        InitSpec spec = InitSpec.of(kind);
        double[] a = draw(spec, 40, 30, 99, Precision.FLOAT32);
        double[] b = draw(spec, 40, 30, 99, Precision.FLOAT32);
        double[] c = draw(spec, 40, 30, 100, Precision.FLOAT32);
        assertThat(b).containsExactly(a);
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == c[i]) {
                same++;
            }
        }
        assertThat(same).as("values shared by two seeds").isLessThan(3);
    }
}
