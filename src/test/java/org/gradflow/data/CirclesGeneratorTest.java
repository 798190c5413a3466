package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.junit.jupiter.api.Test;

class CirclesGeneratorTest {
    private final CirclesGenerator generator = new CirclesGenerator();

    private static DatasetSpec spec(int samples, double noise, long seed) {
        return DatasetSpec.generated(DatasetKind.CIRCLES, samples, noise, seed);
    }

    @Test
    void shapesAndOneHotTargets() {
        DatasetSpec spec = spec(99, 0.05, 1);
        GeneratorChecks.assertWellFormed(generator.generate(spec), spec);
    }

    @Test
    void deterministicPerSeed() {
        GeneratorChecks.assertDeterministic(generator, spec(200, 0.05, 4));
    }

    @Test
    void halfTheRowsAreTheOuterCircle() {
        assertThat(GeneratorChecks.classCounts(generator.generate(spec(99, 0.05, 1)))).containsExactly(49, 50);
    }

    @Test
    void withoutNoiseClassesLieOnRadiusOneAndHalf() {
        RawData data = generator.generate(spec(400, 0, 1));
        for (int row = 0; row < data.rows(); row++) {
            double radius = Math.hypot(data.input(row, 0), data.input(row, 1));
            assertThat(radius).isCloseTo(data.label(row) == 0 ? 1 : CirclesGenerator.FACTOR, within(1e-12));
        }
    }

    @Test
    void withNoiseTheInnerClassStillHasTheSmallerRadius() {
        RawData data = generator.generate(spec(2000, 0.1, 3));
        double[] meanRadius = new double[2];
        for (int row = 0; row < data.rows(); row++) {
            meanRadius[data.label(row)] += Math.hypot(data.input(row, 0), data.input(row, 1)) / 1000;
        }
        assertThat(meanRadius[1]).isLessThan(meanRadius[0]);
        assertThat(meanRadius[0]).isCloseTo(1, within(0.05));
        assertThat(meanRadius[1]).isCloseTo(0.5, within(0.05));
    }
}
