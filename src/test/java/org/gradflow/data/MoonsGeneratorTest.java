package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.junit.jupiter.api.Test;

class MoonsGeneratorTest {
    private final MoonsGenerator generator = new MoonsGenerator();

    private static DatasetSpec spec(int samples, double noise, long seed) {
        return DatasetSpec.generated(DatasetKind.MOONS, samples, noise, seed);
    }

    @Test
    void shapesAndOneHotTargets() {
        DatasetSpec spec = spec(101, 0.1, 1);
        GeneratorChecks.assertWellFormed(generator.generate(spec), spec);
    }

    @Test
    void deterministicPerSeed() {
        GeneratorChecks.assertDeterministic(generator, spec(200, 0.1, 2));
    }

    @Test
    void halfTheRowsAreTheOuterMoonAsInScikitLearn() {
        assertThat(GeneratorChecks.classCounts(generator.generate(spec(101, 0.1, 1)))).containsExactly(50, 51);
    }

    @Test
    void withoutNoiseMoonsAreHalfCirclesAroundTheirKnownCentres() {
        RawData data = generator.generate(spec(500, 0, 1));
        double[] meanX = new double[2];
        for (int row = 0; row < data.rows(); row++) {
            double x = data.input(row, 0);
            double y = data.input(row, 1);
            if (data.label(row) == 0) {
                assertThat(Math.hypot(x, y)).isCloseTo(1, within(1e-12));
                assertThat(y).isGreaterThanOrEqualTo(-1e-12);
            } else {
                assertThat(Math.hypot(x - 1, y - 0.5)).isCloseTo(1, within(1e-12));
                assertThat(y).isLessThanOrEqualTo(0.5 + 1e-12);
            }
            meanX[data.label(row)] += x / 250;
        }
        assertThat(meanX[0]).isCloseTo(0, within(1e-9));
        assertThat(meanX[1]).isCloseTo(1, within(1e-9));
    }

    @Test
    void noiseIsGaussianWithThatStandardDeviation() {
        RawData clean = generator.generate(spec(4000, 0, 9));
        RawData noisy = generator.generate(spec(4000, 0.2, 9));
        double[] jitter = GeneratorChecks.minus(noisy.inputsCopy(), clean.inputsCopy());
        assertThat(GeneratorChecks.std(jitter)).isCloseTo(0.2, within(0.01));
    }
}
