package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeriesTest {
    @Test
    void isImmutable() {
        long[] start = {1, 2};
        double[] min = {0.5, 1.5};
        Series s = new Series(start, new long[] {1, 5}, min, new double[] {1, 2}, new double[] {1, 2},
                new double[] {1, 2});
        start[0] = 99;
        min[0] = 99;
        s.min()[1] = 99;
        assertThat(s.stepStart()).containsExactly(1, 2);
        assertThat(s.min()).containsExactly(0.5, 1.5);
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.stepEnd(1)).isEqualTo(5);
        assertThat(s).isEqualTo(new Series(new long[] {1, 2}, new long[] {1, 5}, new double[] {0.5, 1.5},
                new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 2}));
    }

    @Test
    void rejectsArraysOfDifferentLengths() {
        assertThatThrownBy(() -> new Series(new long[1], new long[1], new double[1], new double[2], new double[1],
                new double[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Series(null, new long[1], new double[1], new double[1], new double[1],
                new double[1])).isInstanceOf(NullPointerException.class);
        assertThat(Series.EMPTY.size()).isZero();
    }
}
