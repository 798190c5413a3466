package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.junit.jupiter.api.Test;

class BlobsGeneratorTest {
    private final BlobsGenerator generator = new BlobsGenerator();

    private static DatasetSpec spec(int samples, double noise, long seed, int classes, int features) {
        return GeneratorChecks.spec(DatasetKind.BLOBS, samples, noise, seed, classes, features, 1);
    }

    @Test
    void shapesAndOneHotTargets() {
        DatasetSpec spec = spec(203, 0.5, 1, 4, 3);
        GeneratorChecks.assertWellFormed(generator.generate(spec), spec);
    }

    @Test
    void deterministicPerSeed() {
        GeneratorChecks.assertDeterministic(generator, spec(100, 0, 1, 3, 5));
    }

    @Test
    void classesAreBalanced() {
        assertThat(GeneratorChecks.classCounts(generator.generate(spec(203, 0.5, 1, 4, 3))))
                .containsExactly(51, 51, 51, 50);
    }

    @Test
    void centresLieInTheBoxAndDependOnTheSeed() {
        double[][] centres = BlobsGenerator.centres(spec(100, 0, 1, 6, 4));
        assertThat(centres).hasDimensions(6, 4);
        for (double[] centre : centres) {
            assertThat(java.util.Arrays.stream(centre)).allMatch(v -> v >= -BlobsGenerator.BOX && v <= BlobsGenerator.BOX);
        }
        assertThat(BlobsGenerator.centres(spec(100, 0, 2, 6, 4))).isNotEqualTo(centres);
    }

    @Test
    void clustersSitAtTheirCentresWithUnitSpreadPlusNoise() {
        int classes = 3;
        int features = 2;
        int perClass = 3000;
        for (double noise : new double[] {0, 1}) {
            DatasetSpec spec = spec(classes * perClass, noise, 11, classes, features);
            RawData data = generator.generate(spec);
            double[][] centres = BlobsGenerator.centres(spec);
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j < features; j++) {
                    double[] values = new double[perClass];
                    int n = 0;
                    for (int row = 0; row < data.rows(); row++) {
                        if (data.label(row) == c) {
                            values[n++] = data.input(row, j);
                        }
                    }
                    double mean = java.util.Arrays.stream(values).average().orElseThrow();
                    double expectedStd = Math.sqrt(1 + noise * noise);
                    assertThat(mean).as("class %d feature %d mean", c, j).isCloseTo(centres[c][j], within(0.1));
                    assertThat(GeneratorChecks.std(values)).as("class %d feature %d std", c, j)
                            .isCloseTo(expectedStd, within(0.06 * expectedStd));
                }
            }
        }
    }
}
