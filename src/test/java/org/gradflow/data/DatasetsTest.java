package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class DatasetsTest {
    @TempDir
    Path dir;

    private static DatasetSpec spec(DatasetKind kind, int samples, double noise, long seed, int classes, int features,
                                    double validationFraction, boolean standardize) {
        return new DatasetSpec(kind, samples, noise, seed, classes, features, 2, null, null, false, true,
                validationFraction, standardize);
    }

    private static DatasetSpec csvSpec(String file, String target, boolean classification) {
        return new DatasetSpec(DatasetKind.CSV, 2, 0, 5, 2, 1, 1, file, target, true, classification, 0.25, true);
    }

    private static void assertMatrix(INDArray a, long rows, long columns) {
        assertThat(a.shape()).containsExactly(rows, columns);
        assertThat(a.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(a.ordering()).isEqualTo('c');
    }

    @Test
    void generatedDatasetHasFloatCOrderArraysOfTheRightShape() throws DataException {
        Dataset d = Datasets.load(spec(DatasetKind.SPIRAL, 500, 0.1, 1, 3, 2, 0.2, true), null);
        assertThat(d.trainSize()).isEqualTo(400);
        assertThat(d.validationSize()).isEqualTo(100);
        assertThat(d.inputWidth()).isEqualTo(2);
        assertThat(d.targetWidth()).isEqualTo(3);
        assertThat(d.classification()).isTrue();
        assertMatrix(d.trainInputs(), 400, 2);
        assertMatrix(d.trainTargets(), 400, 3);
        assertMatrix(d.validationInputs(), 100, 2);
        assertMatrix(d.validationTargets(), 100, 3);
        assertThat(d.inputNames()).containsExactly("x1", "x2");
        assertThat(d.targetNames()).containsExactly("class 0", "class 1", "class 2");
        for (float[] row : d.trainTargets().toFloatMatrix()) {
            assertThat(row[0] + row[1] + row[2]).isEqualTo(1f);
        }
    }

    @Test
    void everyGeneratedKindLoadsWithTheWidthsItsSpecPromises() throws DataException {
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind == DatasetKind.CSV) {
                continue;
            }
            DatasetSpec spec = spec(kind, 40, 0.1, 3, 3, 4, 0.2, true);
            Dataset d = Datasets.load(spec, null);
            assertThat(d.inputWidth()).as(kind.name()).isEqualTo(spec.inputWidth());
            assertThat(d.targetWidth()).as(kind.name()).isEqualTo(spec.targetWidth());
            assertThat(d.classification()).as(kind.name()).isEqualTo(spec.isClassification());
            assertThat(d.trainSize() + d.validationSize()).isEqualTo(40);
        }
        assertThatThrownBy(() -> Datasets.generator(DatasetKind.CSV)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standardisedTrainingInputsHaveMeanZeroAndStdOne() throws DataException {
        Dataset d = Datasets.load(spec(DatasetKind.BLOBS, 2000, 3, 2, 4, 3, 0.3, true), null);
        float[][] x = d.trainInputs().toFloatMatrix();
        for (int c = 0; c < 3; c++) {
            double[] column = new double[x.length];
            for (int r = 0; r < x.length; r++) {
                column[r] = x[r][c];
            }
            assertThat(java.util.Arrays.stream(column).average().orElseThrow()).isCloseTo(0, within(1e-5));
            assertThat(GeneratorChecks.std(column)).isCloseTo(1, within(1e-5));
        }
        // validation rows use the training statistics, so they are not exactly centred
        float[][] v = d.validationInputs().toFloatMatrix();
        double validationMean = 0;
        for (float[] row : v) {
            validationMean += row[0] / v.length;
        }
        assertThat(validationMean).isNotCloseTo(0, within(1e-5));
    }

    @Test
    void splitAndStandardisationMatchAnIndependentComputation() throws DataException {
        DatasetSpec spec = spec(DatasetKind.TEACHER, 301, 0.1, 9, 2, 3, 0.25, true);
        RawData raw = new TeacherGenerator().generate(spec);
        Dataset d = Datasets.load(spec, null);
        int validation = (int) Math.round(301 * 0.25);
        int train = 301 - validation;
        assertThat(d.validationSize()).isEqualTo(validation);
        assertThat(d.trainSize()).isEqualTo(train);

        // rows: shuffled with the spec seed, the first ones train, the last ones validate
        int[] order = Split.shuffledOrder(301, spec.seed());
        double[] mean = new double[3];
        double[] std = new double[3];
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            for (int i = 0; i < train; i++) {
                sum += raw.input(order[i], c);
            }
            mean[c] = sum / train;
            double squares = 0;
            for (int i = 0; i < train; i++) {
                squares += Math.pow(raw.input(order[i], c) - mean[c], 2);
            }
            std[c] = Math.sqrt(squares / train);
        }
        assertThat(d.inputMeans()).containsExactly(mean, within(1e-12));
        assertThat(d.inputStds()).containsExactly(std, within(1e-12));

        float[][] trainX = d.trainInputs().toFloatMatrix();
        float[][] trainY = d.trainTargets().toFloatMatrix();
        float[][] validX = d.validationInputs().toFloatMatrix();
        float[][] validY = d.validationTargets().toFloatMatrix();
        for (int i = 0; i < 301; i++) {
            int source = order[i];
            float[] x = i < train ? trainX[i] : validX[i - train];
            float[] y = i < train ? trainY[i] : validY[i - train];
            for (int c = 0; c < 3; c++) {
                double expected = (raw.input(source, c) - mean[c]) / std[c];
                assertThat((double) x[c]).as("row %d column %d", i, c).isCloseTo(expected, within(1e-5));
            }
            for (int c = 0; c < 2; c++) {
                assertThat(y[c]).isEqualTo((float) raw.target(source, c));
            }
        }
    }

    @Test
    void withoutStandardisationInputsAreTheRawValues() throws DataException {
        DatasetSpec spec = spec(DatasetKind.SINE, 50, 0, 4, 2, 1, 0.2, false);
        Dataset d = Datasets.load(spec, null);
        assertThat(d.inputMeans()).containsExactly(0);
        assertThat(d.inputStds()).containsExactly(1);
        RawData raw = new SineGenerator().generate(spec);
        int[] order = Split.shuffledOrder(50, spec.seed());
        float[][] x = d.trainInputs().toFloatMatrix();
        float[][] y = d.trainTargets().toFloatMatrix();
        for (int i = 0; i < d.trainSize(); i++) {
            assertThat(x[i][0]).isEqualTo((float) raw.input(order[i], 0));
            assertThat((double) y[i][0]).isCloseTo(Math.sin(x[i][0]), within(1e-6));
        }
    }

    @Test
    void noValidationFractionMeansNoValidationArrays() throws DataException {
        Dataset d = Datasets.load(spec(DatasetKind.MOONS, 30, 0.1, 1, 2, 2, 0, true), null);
        assertThat(d.trainSize()).isEqualTo(30);
        assertThat(d.validationSize()).isZero();
        assertThat(d.validationInputs()).isNull();
        assertThat(d.validationTargets()).isNull();
    }

    @Test
    void twoRowsSplitOneAndOne() throws DataException {
        Dataset d = Datasets.load(spec(DatasetKind.XOR, 2, 0.1, 1, 2, 2, 0.9, true), null);
        assertThat(d.trainSize()).isEqualTo(1);
        assertThat(d.validationSize()).isEqualTo(1);
        assertThat(d.inputStds()).containsExactly(1, 1); // one training row: every column is constant
        assertThat(d.trainInputs().toFloatMatrix()[0]).containsExactly(0f, 0f);
    }

    @Test
    void sameSpecGivesTheSameDataAnotherSeedOtherData() throws DataException {
        DatasetSpec spec = spec(DatasetKind.CIRCLES, 100, 0.05, 7, 2, 2, 0.2, true);
        Dataset a = Datasets.load(spec, null);
        Dataset b = Datasets.load(spec, null);
        assertThat(b.trainInputs()).isEqualTo(a.trainInputs());
        assertThat(b.validationTargets()).isEqualTo(a.validationTargets());
        Dataset c = Datasets.load(spec(DatasetKind.CIRCLES, 100, 0.05, 8, 2, 2, 0.2, true), null);
        assertThat(c.trainInputs()).isNotEqualTo(a.trainInputs());
    }

    @Test
    void tooLargeGeneratedDataIsRefusedBeforeAllocating() {
        DatasetSpec huge = spec(DatasetKind.TEACHER, DatasetSpec.MAX_SAMPLES, 0, 1, 2, 65_536, 0.2, true);
        assertThatExceptionOfType(DataException.class).isThrownBy(() -> Datasets.load(huge, null))
                .withMessageContaining("10000000 samples x 65536 values per row");
    }

    @Test
    void moreThanTheHeapHoldsIsRefused() throws DataException {
        DatasetSpec big = spec(DatasetKind.BLOBS, 1_000_000, 0, 1, 2, 100, 0.2, true);
        long bytes = 1_000_000L * 102 * 8;
        Datasets.checkSize(big, bytes);
        assertThatExceptionOfType(DataException.class).isThrownBy(() -> Datasets.checkSize(big, bytes - 1))
                .withMessageContaining("1000000 samples x 102 values per row need about 0.8 GB of memory");
    }

    @Test
    void generatedDataReportsProgressAndCanBeCancelled() throws DataException {
        DatasetSpec spec = spec(DatasetKind.SINE, 20, 0, 1, 2, 1, 0.2, true);
        List<Double> progress = new ArrayList<>();
        Datasets.load(spec, null, progress::add, () -> false);
        assertThat(progress).containsExactly(1.0);
        assertThatExceptionOfType(LoadCancelledException.class)
                .isThrownBy(() -> Datasets.load(spec, null, f -> { }, () -> true))
                .withMessage("loading was cancelled");
    }

    @Test
    void csvIsResolvedAgainstTheBaseDirAndLoaded() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        StringBuilder b = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 20; i++) {
            b.append(i).append(',').append(100 - i).append(',').append(i % 2 == 0 ? "even" : "odd").append('\n');
        }
        Files.writeString(dir.resolve("sub/data.csv"), b);
        List<Double> progress = new ArrayList<>();
        Dataset d = Datasets.load(csvSpec("sub/data.csv", "label", true), dir, progress::add, () -> false);
        assertThat(d.trainSize()).isEqualTo(15);
        assertThat(d.validationSize()).isEqualTo(5);
        assertThat(d.inputNames()).containsExactly("a", "b");
        assertThat(d.targetNames()).containsExactly("even", "odd");
        assertThat(d.inputMeans()).hasSize(2);
        assertThat(progress).last().isEqualTo(1.0);

        assertThatExceptionOfType(LoadCancelledException.class).isThrownBy(
                () -> Datasets.load(csvSpec("sub/data.csv", "label", true), dir, f -> { }, () -> true));
        assertThatExceptionOfType(DataException.class)
                .isThrownBy(() -> Datasets.load(csvSpec("sub/missing.csv", "label", true), dir))
                .withMessageContaining("missing.csv: cannot be read: no such file");
    }

    @Test
    void csvNeedsABaseDir() {
        assertThatThrownBy(() -> Datasets.load(csvSpec("data.csv", "y", false), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("baseDir");
    }

    @Test
    void resolveCsvPathNormalisesRelativePathsAndKeepsAbsoluteOnes() throws DataException {
        assertThat(Datasets.resolveCsvPath("sub/../data.csv", dir)).isEqualTo(dir.resolve("data.csv"));
        Path absolute = dir.resolve("elsewhere/x.csv").toAbsolutePath();
        assertThat(Datasets.resolveCsvPath(absolute.toString(), dir.resolve("other"))).isEqualTo(absolute);
        assertThatExceptionOfType(DataException.class).isThrownBy(() -> Datasets.resolveCsvPath("a\0b.csv", dir))
                .withMessageContaining("is not a valid path");
    }

    @Test
    void gatherTakesRowsInOrderAndStandardises() {
        double[] values = {1, 2, 3, 4, 5, 6};
        assertThat(Datasets.gather(values, 2, new int[] {2, 0}, null)).containsExactly(5, 6, 1, 2);
        Standardization s = Standardization.fit(values, 2, new int[] {0, 1, 2});
        assertThat(Datasets.gather(values, 2, new int[] {1}, s)).containsExactly(0, 0);
    }
}
