package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DatasetTest {
    private static INDArray zeros(int rows, int columns) {
        return Nd4j.create(new float[rows * columns], new long[] {rows, columns}, 'c');
    }

    private static Dataset dataset(INDArray validationInputs, INDArray validationTargets) {
        return new Dataset(zeros(4, 2), zeros(4, 3), validationInputs, validationTargets, true, List.of("a", "b"),
                List.of("p", "q", "r"), Standardization.fit(new double[] {1, 10, 3, 30}, 2, new int[] {0, 1}));
    }

    @Test
    void accessorsReportSizesAndStatistics() {
        Dataset d = dataset(zeros(2, 2), zeros(2, 3));
        assertThat(d.trainSize()).isEqualTo(4);
        assertThat(d.validationSize()).isEqualTo(2);
        assertThat(d.inputWidth()).isEqualTo(2);
        assertThat(d.targetWidth()).isEqualTo(3);
        assertThat(d.inputMeans()).containsExactly(2, 20);
        assertThat(d.inputStds()).containsExactly(1, 10);
        assertThat(d).hasToString("Dataset[4 train + 2 validation rows, 2 inputs -> 3 classes]");
    }

    @Test
    void statisticsAreCopies() {
        Dataset d = dataset(null, null);
        d.inputMeans()[0] = 99;
        d.inputStds()[0] = 99;
        assertThat(d.inputMeans()[0]).isEqualTo(2);
        assertThat(d.inputStds()[0]).isEqualTo(1);
        assertThatThrownBy(() -> d.inputNames().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noValidationSetMeansNullArraysAndSizeZero() {
        Dataset d = dataset(null, null);
        assertThat(d.validationSize()).isZero();
        assertThat(d.validationInputs()).isNull();
        assertThat(d.validationTargets()).isNull();
    }

    @Test
    void rejectsInconsistentArrays() {
        assertThatThrownBy(() -> dataset(zeros(2, 2), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both");
        assertThatThrownBy(() -> dataset(zeros(2, 2), zeros(3, 3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("validationTargets");
        assertThatThrownBy(() -> dataset(zeros(2, 5), zeros(2, 3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("validationInputs");
        assertThatThrownBy(() -> new Dataset(zeros(4, 2), zeros(3, 3), null, null, true, List.of("a", "b"),
                List.of("p", "q", "r"), Standardization.identity(2))).hasMessageContaining("trainTargets");
        assertThatThrownBy(() -> new Dataset(zeros(4, 2), zeros(4, 3), null, null, true, List.of("a", "b"),
                List.of("p", "q", "r"), Standardization.identity(3))).hasMessageContaining("standardization");
        assertThatThrownBy(() -> new Dataset(null, zeros(4, 3), null, null, true, List.of("a", "b"),
                List.of("p", "q", "r"), Standardization.identity(2))).hasMessage("trainInputs");
    }
}
