package org.gradflow.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FloatKernelsTest {
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {0, 1, 2, 31, 32, 33, 64, 65, 1000, 2047, 2048})
    void foldSumMatchesTheDoubleSumToFloatRounding(int n) {
        SplittableRandom random = new SplittableRandom(n);
        float[] x = new float[FloatKernels.CHUNK];
        double exact = 0;
        double magnitudes = 0;
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextGaussian() * 10);
            exact += x[i];
            magnitudes += Math.abs(x[i]);
        }
        double folded = FloatKernels.foldSum(x, n, new float[FloatKernels.CHUNK]);
        // pairwise: at most log2(2048) = 11 float roundings on the way to each partial sum
        assertThat(folded).isCloseTo(exact, within(12 * 0x1p-24 * magnitudes));
    }

    @ParameterizedTest(name = "NaN at {0}")
    @ValueSource(ints = {0, 17, 1000, 1999})
    void foldSumIsNaNWhenOneLaneIs(int at) {
        float[] x = new float[2000];
        x[at] = Float.NaN;
        assertThat(FloatKernels.foldSum(x, 2000, new float[FloatKernels.CHUNK])).isNaN();
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 40, 2048})
    void foldSumOfSignedZerosIsZero(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i += 2) {
            x[i] = -0f;
        }
        assertThat(FloatKernels.foldSum(x, n, new float[FloatKernels.CHUNK])).isEqualTo(0.0);
    }
}
