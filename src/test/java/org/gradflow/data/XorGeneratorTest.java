package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.junit.jupiter.api.Test;

class XorGeneratorTest {
    private final XorGenerator generator = new XorGenerator();

    private static DatasetSpec spec(int samples, double noise, long seed) {
        return DatasetSpec.generated(DatasetKind.XOR, samples, noise, seed);
    }

    @Test
    void shapesAndOneHotTargets() {
        DatasetSpec spec = spec(100, 0.1, 1);
        GeneratorChecks.assertWellFormed(generator.generate(spec), spec);
    }

    @Test
    void deterministicPerSeedEvenWithoutNoise() {
        GeneratorChecks.assertDeterministic(generator, spec(100, 0, 1));
    }

    @Test
    void withoutNoiseLabelsMatchQuadrantSignsAndPointsFillTheSquare() {
        RawData data = generator.generate(spec(4000, 0, 2));
        int[] quadrants = new int[4];
        for (int row = 0; row < data.rows(); row++) {
            double x = data.input(row, 0);
            double y = data.input(row, 1);
            assertThat(x).isBetween(-1.0, 1.0);
            assertThat(y).isBetween(-1.0, 1.0);
            boolean sameSign = (x > 0 && y > 0) || (x < 0 && y < 0);
            assertThat(data.label(row)).as("row %d at (%f, %f)", row, x, y).isEqualTo(sameSign ? 1 : 0);
            quadrants[(x > 0 ? 1 : 0) + (y > 0 ? 2 : 0)]++;
        }
        assertThat(java.util.Arrays.stream(quadrants)).allSatisfy(count -> assertThat(count).isBetween(900, 1100));
    }

    @Test
    void classesAreRoughlyBalanced() {
        int[] counts = GeneratorChecks.classCounts(generator.generate(spec(4000, 0.1, 3)));
        assertThat(counts[1] / 4000.0).isCloseTo(0.5, within(0.03));
    }

    @Test
    void noiseMovesPointsButNotTheirLabels() {
        RawData clean = generator.generate(spec(4000, 0, 6));
        RawData noisy = generator.generate(spec(4000, 0.3, 6));
        assertThat(noisy.targetsCopy()).isEqualTo(clean.targetsCopy());
        assertThat(noisy.inputsCopy()).isNotEqualTo(clean.inputsCopy());
        int outside = 0;
        for (int row = 0; row < noisy.rows(); row++) {
            outside += Math.abs(noisy.input(row, 0)) > 1 ? 1 : 0;
        }
        assertThat(outside).isPositive();
    }
}
