package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.junit.jupiter.api.Test;

class SpiralGeneratorTest {
    private final SpiralGenerator generator = new SpiralGenerator();

    private static DatasetSpec spec(int samples, double noise, long seed, int classes) {
        return GeneratorChecks.spec(DatasetKind.SPIRAL, samples, noise, seed, classes, 2, 1);
    }

    @Test
    void shapesAndOneHotTargets() {
        DatasetSpec spec = spec(300, 0.1, 1, 3);
        GeneratorChecks.assertWellFormed(generator.generate(spec), spec);
        DatasetSpec five = spec(50, 0.2, 1, 5);
        GeneratorChecks.assertWellFormed(generator.generate(five), five);
    }

    @Test
    void deterministicPerSeed() {
        GeneratorChecks.assertDeterministic(generator, spec(200, 0.1, 7, 3));
    }

    @Test
    void classesAreBalancedWithTheRemainderOnTheFirstClasses() {
        assertThat(GeneratorChecks.classCounts(generator.generate(spec(301, 0.1, 1, 3)))).containsExactly(101, 100,
                100);
        assertThat(GeneratorChecks.classCounts(generator.generate(spec(400, 0, 1, 4)))).containsOnly(100);
    }

    @Test
    void withoutNoisePointsLieOnTheirArm() {
        int classes = 3;
        RawData data = generator.generate(spec(600, 0, 3, classes));
        for (int row = 0; row < data.rows(); row++) {
            double x = data.input(row, 0);
            double y = data.input(row, 1);
            double r = Math.hypot(x, y);
            assertThat(r).isGreaterThan(0).isLessThanOrEqualTo(1 + 1e-12);
            double angle = 2 * Math.PI * data.label(row) / classes + SpiralGenerator.SWEEP * r;
            assertThat(x).isCloseTo(r * Math.cos(angle), within(1e-9));
            assertThat(y).isCloseTo(r * Math.sin(angle), within(1e-9));
        }
    }

    @Test
    void noiseIsGaussianJitterWithThatStandardDeviation() {
        RawData clean = generator.generate(spec(4000, 0, 5, 2));
        RawData noisy = generator.generate(spec(4000, 0.1, 5, 2));
        double[] jitter = GeneratorChecks.minus(noisy.inputsCopy(), clean.inputsCopy());
        assertThat(GeneratorChecks.std(jitter)).isCloseTo(0.1, within(0.005));
        assertThat(noisy.targetsCopy()).isEqualTo(clean.targetsCopy());
    }
}
