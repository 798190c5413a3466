package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SplitTest {
    @ParameterizedTest(name = "{0} rows, fraction {1} -> {2} validation rows")
    @CsvSource({
        "10, 0.2, 2",
        "10, 0.0, 0",
        "1000, 0.25, 250",
        "7, 0.5, 4", // round(3.5)
        "3, 0.01, 1", // at least one when the fraction is positive
        "2, 0.9, 1", // at least one training row
        "1, 0.5, 0", // a single row trains
        "100, 0.9, 90",
        "11, 0.9, 10",
    })
    void validationRows(int rows, double fraction, int expected) {
        assertThat(Split.validationRows(rows, fraction)).isEqualTo(expected);
    }

    @Test
    void validationRowsRejectsBadArguments() {
        assertThatThrownBy(() -> Split.validationRows(0, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Split.validationRows(10, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Split.validationRows(10, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Split.validationRows(10, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shuffledOrderIsADeterministicPermutation() {
        int[] order = Split.shuffledOrder(500, 42);
        assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(IntStream.range(0, 500).toArray());
        assertThat(Split.shuffledOrder(500, 42)).isEqualTo(order);
        assertThat(Split.shuffledOrder(500, 43)).isNotEqualTo(order);
        assertThat(order).isNotEqualTo(IntStream.range(0, 500).toArray());
        assertThat(Split.shuffledOrder(0, 1)).isEmpty();
        assertThat(Split.shuffledOrder(1, 1)).containsExactly(0);
    }

    @Test
    void shuffledOrderPutsEveryRowEverywhereAboutEquallyOften() {
        int rows = 4;
        int seeds = 4000;
        int[][] counts = new int[rows][rows];
        for (int seed = 0; seed < seeds; seed++) {
            int[] order = Split.shuffledOrder(rows, seed);
            for (int position = 0; position < rows; position++) {
                counts[order[position]][position]++;
            }
        }
        for (int[] row : counts) {
            // expected 1000 each; 5 standard deviations is about 140
            assertThat(Arrays.stream(row)).allSatisfy(c -> assertThat(c).isBetween(860, 1140));
        }
    }
}
