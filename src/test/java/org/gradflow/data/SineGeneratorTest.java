package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.junit.jupiter.api.Test;

class SineGeneratorTest {
    private final SineGenerator generator = new SineGenerator();

    private static DatasetSpec spec(int samples, double noise, long seed) {
        return DatasetSpec.generated(DatasetKind.SINE, samples, noise, seed);
    }

    @Test
    void shapesAndNames() {
        DatasetSpec spec = spec(100, 0.1, 1);
        RawData data = generator.generate(spec);
        GeneratorChecks.assertWellFormed(data, spec);
        assertThat(data.classification()).isFalse();
        assertThat(data.inputNames()).containsExactly("x");
        assertThat(data.targetNames()).containsExactly("y");
    }

    @Test
    void deterministicPerSeedEvenWithoutNoise() {
        GeneratorChecks.assertDeterministic(generator, spec(100, 0, 1));
    }

    @Test
    void withoutNoiseTargetsAreSinOfInputsSpreadOverOnePeriod() {
        RawData data = generator.generate(spec(2000, 0, 2));
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int row = 0; row < data.rows(); row++) {
            double x = data.input(row, 0);
            assertThat(x).isBetween(-Math.PI, Math.PI);
            assertThat(data.target(row, 0)).isEqualTo(Math.sin(x));
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        assertThat(min).isLessThan(-3.0);
        assertThat(max).isGreaterThan(3.0);
    }

    @Test
    void noiseIsGaussianWithThatStandardDeviation() {
        RawData data = generator.generate(spec(5000, 0.2, 3));
        double[] residuals = new double[data.rows()];
        for (int row = 0; row < data.rows(); row++) {
            residuals[row] = data.target(row, 0) - Math.sin(data.input(row, 0));
        }
        assertThat(GeneratorChecks.std(residuals)).isCloseTo(0.2, within(0.01));
    }
}
