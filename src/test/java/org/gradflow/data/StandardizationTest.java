package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StandardizationTest {
    /** Mean and population std in BigDecimal arithmetic, via E[x^2] - E[x]^2: a different route. */
    private static double[] exactMeanStd(double[] values, int width, int column, int[] rows) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (int r : rows) {
            BigDecimal v = new BigDecimal(values[r * width + column]);
            sum = sum.add(v, mc);
            squares = squares.add(v.multiply(v, mc), mc);
        }
        BigDecimal n = BigDecimal.valueOf(rows.length);
        BigDecimal mean = sum.divide(n, mc);
        BigDecimal variance = squares.divide(n, mc).subtract(mean.multiply(mean, mc), mc);
        return new double[] {mean.doubleValue(), Math.sqrt(variance.doubleValue())};
    }

    @Test
    void fitMatchesAnIndependentComputationOnTheChosenRowsOnly() {
        SplittableRandom random = new SplittableRandom(1);
        int rows = 500;
        int width = 3;
        double[] values = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            values[r * width] = 10 + 3 * random.nextGaussian();
            values[r * width + 1] = -2 + 0.01 * random.nextGaussian();
            values[r * width + 2] = random.nextDouble(0, 1000);
        }
        int[] train = java.util.stream.IntStream.range(0, rows).filter(r -> r % 3 != 0).toArray();
        Standardization s = Standardization.fit(values, width, train);
        assertThat(s.width()).isEqualTo(width);
        for (int c = 0; c < width; c++) {
            double[] expected = exactMeanStd(values, width, c, train);
            assertThat(s.means()[c]).isCloseTo(expected[0], within(1e-9 * Math.max(1, Math.abs(expected[0]))));
            assertThat(s.stds()[c]).isCloseTo(expected[1], within(1e-9 * expected[1]));
        }
        // the held-out rows (r % 3 == 0) did not take part: fitting on all rows gives other statistics
        int[] all = java.util.stream.IntStream.range(0, rows).toArray();
        assertThat(Standardization.fit(values, width, all).means()[0]).isNotEqualTo(s.means()[0]);
    }

    @Test
    void appliedToTheFittedRowsGivesMeanZeroAndStdOne() {
        SplittableRandom random = new SplittableRandom(2);
        int rows = 300;
        double[] values = new double[rows * 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = 5 + 7 * random.nextGaussian();
        }
        int[] all = java.util.stream.IntStream.range(0, rows).toArray();
        Standardization s = Standardization.fit(values, 2, all);
        for (int c = 0; c < 2; c++) {
            double[] scaled = new double[rows];
            for (int r = 0; r < rows; r++) {
                scaled[r] = s.apply(c, values[r * 2 + c]);
            }
            assertThat(java.util.Arrays.stream(scaled).average().orElseThrow()).isCloseTo(0, within(1e-12));
            assertThat(GeneratorChecks.std(scaled)).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void constantColumnsKeepScaleOne() {
        // 0.1 is not exact in binary, so the mean of many 0.1s is off by rounding: still "constant"
        double[] values = new double[1000];
        for (int r = 0; r < 500; r++) {
            values[2 * r] = 0.1;
            values[2 * r + 1] = 0;
        }
        Standardization s = Standardization.fit(values, 2, java.util.stream.IntStream.range(0, 500).toArray());
        assertThat(s.stds()).containsExactly(1, 1);
        assertThat(s.means()[0]).isCloseTo(0.1, within(1e-15));
        assertThat(s.apply(0, 0.1)).isCloseTo(0, within(1e-15));
    }

    @Test
    void tinyButRealSpreadIsStillScaled() {
        double[] values = {1e-20, 3e-20};
        Standardization s = Standardization.fit(values, 1, new int[] {0, 1});
        assertThat(s.stds()[0]).isCloseTo(1e-20, within(1e-30));
        assertThat(s.apply(0, 3e-20)).isCloseTo(1, within(1e-9));
    }

    @Test
    void identityChangesNothing() {
        Standardization s = Standardization.identity(3);
        assertThat(s.means()).containsExactly(0, 0, 0);
        assertThat(s.stds()).containsExactly(1, 1, 1);
        assertThat(s.apply(2, 4.5)).isEqualTo(4.5);
        assertThatThrownBy(() -> Standardization.identity(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accessorsReturnCopiesAndArgumentsAreChecked() {
        Standardization s = Standardization.fit(new double[] {1, 3}, 1, new int[] {0, 1});
        s.means()[0] = 99;
        s.stds()[0] = 99;
        assertThat(s.means()).containsExactly(2);
        assertThat(s.stds()).containsExactly(1);
        assertThatThrownBy(() -> Standardization.fit(new double[2], 1, new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Standardization.fit(null, 1, new int[] {0}))
                .isInstanceOf(NullPointerException.class).hasMessage("inputs");
    }
}
