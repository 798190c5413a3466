package org.gradflow.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * Batch normalisation against a plain-Java computation from the definition (Ioffe and Szegedy 2015): in training
 * mode every unit's output has mean beta and standard deviation gamma * sqrt(var / (var + eps)); running mean and
 * (biased) variance follow r = 0.9 r + 0.1 batch value; evaluation mode uses the running statistics and leaves them
 * alone; the backward pass equals the paper's chain of dvar, dmean and dx; rows past the batch are ignored.
 */
class BatchNormTest {
    private static final int UNITS = 4;
    private static final int ROWS = 16;
    private static final double EPS = 1e-5;
    private static final double[] GAMMA = {1.5, 0.5, 2.0, -0.75};
    private static final double[] BETA = {0.1, -2.0, 0.0, 5.0};

    private static BatchNorm batchNorm() {
        BatchNorm bn = new BatchNorm("bn", 0, Precision.FLOAT64, ROWS + 2, UNITS);
        bn.gamma().value().setAll(GAMMA);
        bn.beta().value().setAll(BETA);
        return bn;
    }

    /** rows x UNITS values, unit j with mean 3j - 2 and scale 0.5 + j; two extra junk rows of 1e6 after them. */
    private static double[][] batch(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[ROWS][UNITS];
        for (double[] row : x) {
            for (int j = 0; j < UNITS; j++) {
                row[j] = 3 * j - 2 + (0.5 + j) * r.nextGaussian();
            }
        }
        return x;
    }

    private static Mat mat(double[][] x) {
        Mat m = Mat.zeros(Precision.FLOAT64, ROWS + 2, UNITS);
        m.fill(1e6);
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < UNITS; j++) {
                m.set(r, j, x[r][j]);
            }
        }
        return m;
    }

    private static double mean(double[][] x, int j) {
        double s = 0;
        for (double[] row : x) {
            s += row[j];
        }
        return s / x.length;
    }

    /** biased (population) variance */
    private static double variance(double[][] x, int j) {
        double m = mean(x, j);
        double s = 0;
        for (double[] row : x) {
            s += (row[j] - m) * (row[j] - m);
        }
        return s / x.length;
    }

    @Test
    void trainingOutputHasMeanBetaAndStdGamma() {
        BatchNorm bn = batchNorm();
        double[][] x = batch(1);
        Mat y = Mat.zeros(Precision.FLOAT64, ROWS + 2, UNITS);
        bn.forward(mat(x), y, ROWS, true);
        double[][] out = new double[ROWS][UNITS];
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < UNITS; j++) {
                out[r][j] = y.get(r, j);
            }
        }
        for (int j = 0; j < UNITS; j++) {
            double var = variance(x, j);
            assertThat(mean(out, j)).as("unit %d mean", j).isCloseTo(BETA[j], within(1e-12));
            double std = Math.sqrt(variance(out, j));
            assertThat(std).as("unit %d std, exact", j).isCloseTo(Math.abs(GAMMA[j]) * Math.sqrt(var / (var + EPS)),
                    within(1e-12));
            assertThat(std).as("unit %d std about |gamma|", j).isCloseTo(Math.abs(GAMMA[j]), within(1e-4));
            for (int r = 0; r < ROWS; r++) {
                double expected = GAMMA[j] * (x[r][j] - mean(x, j)) / Math.sqrt(var + EPS) + BETA[j];
                assertThat(out[r][j]).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void runningStatisticsFollowTheMomentumRuleAndEvaluationUsesThem() {
        BatchNorm bn = batchNorm();
        double[] runMean = new double[UNITS];
        double[] runVar = {1, 1, 1, 1};
        Mat y = Mat.zeros(Precision.FLOAT64, ROWS + 2, UNITS);
        for (int b = 0; b < 5; b++) {
            double[][] x = batch(10 + b);
            bn.forward(mat(x), y, ROWS, true);
            for (int j = 0; j < UNITS; j++) {
                runMean[j] = 0.9 * runMean[j] + 0.1 * mean(x, j);
                runVar[j] = 0.9 * runVar[j] + 0.1 * variance(x, j);
                assertThat(bn.runningMean().get(j)).as("batch %d running mean %d", b, j).isCloseTo(runMean[j], within(1e-12));
                assertThat(bn.runningVar().get(j)).as("batch %d running var %d", b, j).isCloseTo(runVar[j], within(1e-12));
            }
        }
        assertThat(runMean[3]).as("the running mean has moved toward the data mean 7").isGreaterThan(2);

        double[][] x = batch(99);
        bn.forward(mat(x), y, ROWS, false);
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < UNITS; j++) {
                double expected = GAMMA[j] * (x[r][j] - runMean[j]) / Math.sqrt(runVar[j] + EPS) + BETA[j];
                assertThat(y.get(r, j)).as("eval output [%d][%d]", r, j).isCloseTo(expected, within(1e-12));
            }
        }
        for (int j = 0; j < UNITS; j++) {
            assertThat(bn.runningMean().get(j)).as("evaluation leaves the running mean").isEqualTo(runMean[j], within(1e-12));
            assertThat(bn.runningVar().get(j)).as("evaluation leaves the running var").isEqualTo(runVar[j], within(1e-12));
        }
    }

    @Test
    void backwardMatchesThePapersChainRule() {
        BatchNorm bn = batchNorm();
        double[][] x = batch(3);
        SplittableRandom r = new SplittableRandom(4);
        double[][] dy = new double[ROWS][UNITS];
        for (double[] row : dy) {
            for (int j = 0; j < UNITS; j++) {
                row[j] = r.nextGaussian();
            }
        }
        Mat y = Mat.zeros(Precision.FLOAT64, ROWS + 2, UNITS);
        Mat dx = Mat.zeros(Precision.FLOAT64, ROWS + 2, UNITS);
        bn.forward(mat(x), y, ROWS, true);
        bn.gamma().grad().fill(10); // overwritten, not accumulated
        bn.backward(mat(dy), dx, ROWS, 0.5, false);
        int m = ROWS;
        for (int j = 0; j < UNITS; j++) {
            double mu = mean(x, j);
            double var = variance(x, j);
            double inv = 1 / Math.sqrt(var + EPS);
            double dvar = 0;
            double dmuA = 0;
            double sumXmu = 0;
            double dgamma = 0;
            double dbeta = 0;
            for (int i = 0; i < m; i++) {
                double dxhat = dy[i][j] * GAMMA[j];
                dvar += dxhat * (x[i][j] - mu) * -0.5 * Math.pow(var + EPS, -1.5);
                dmuA += -dxhat * inv;
                sumXmu += -2 * (x[i][j] - mu);
                dgamma += dy[i][j] * (x[i][j] - mu) * inv;
                dbeta += dy[i][j];
            }
            double dmu = dmuA + dvar * sumXmu / m;
            for (int i = 0; i < m; i++) {
                double dxhat = dy[i][j] * GAMMA[j];
                double expected = dxhat * inv + dvar * 2 * (x[i][j] - mu) / m + dmu / m;
                assertThat(dx.get(i, j)).as("dx[%d][%d]", i, j).isCloseTo(expected, within(1e-12));
            }
            assertThat(bn.gamma().grad().get(j)).as("dgamma %d, scaled by 0.5", j).isCloseTo(0.5 * dgamma, within(1e-12));
            assertThat(bn.beta().grad().get(j)).as("dbeta %d, scaled by 0.5", j).isCloseTo(0.5 * dbeta, within(1e-12));
        }
        double[] firstGamma = bn.gamma().grad().toArray();
        bn.backward(mat(dy), dx, ROWS, 0.5, true);
        for (int j = 0; j < UNITS; j++) {
            assertThat(bn.gamma().grad().get(j)).as("accumulated dgamma").isCloseTo(2 * firstGamma[j], within(1e-12));
        }
    }
}
