package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassLabelsTest {
    @Test
    void numericLabelsAreOrderedByValueAndEqualValuesMerge() {
        ClassLabels labels = new ClassLabels();
        assertThat(labels.add("10")).isEqualTo(0);
        assertThat(labels.add("2")).isEqualTo(1);
        assertThat(labels.add("10")).isEqualTo(0);
        assertThat(labels.add("2.0")).isEqualTo(2);
        assertThat(labels.add("-1")).isEqualTo(3);
        assertThat(labels.size()).isEqualTo(4);
        ClassLabels.Ordering ordering = labels.order();
        assertThat(ordering.names()).containsExactly("-1", "2", "10");
        assertThat(ordering.classOfLabel()).containsExactly(2, 1, 1, 0);
    }

    @Test
    void textLabelsAreOrderedAsText() {
        ClassLabels labels = new ClassLabels();
        labels.add("versicolor");
        labels.add("setosa");
        labels.add("10");
        ClassLabels.Ordering ordering = labels.order();
        assertThat(ordering.names()).containsExactly("10", "setosa", "versicolor");
        assertThat(ordering.classOfLabel()).containsExactly(2, 1, 0);
    }

    @Test
    void zeroAndMinusZeroAreOneClass() {
        ClassLabels labels = new ClassLabels();
        labels.add("0");
        labels.add("-0");
        assertThat(labels.order().names()).containsExactly("0");
    }
}
