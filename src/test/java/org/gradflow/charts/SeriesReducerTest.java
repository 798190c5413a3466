package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradflow.diagnostics.Series;
import org.junit.jupiter.api.Test;

class SeriesReducerTest {
    /** Rows of single steps 1..n with value v(step). */
    private static Series steps(double... values) {
        int n = values.length;
        long[] s = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = i + 1;
        }
        return new Series(s, s, values, values, values, values);
    }

    @Test
    void shortSeriesAreKept() {
        Series s = steps(1, 2, 3);
        assertThat(SeriesReducer.reduce(s, 3)).isSameAs(s);
    }

    @Test
    void mergedRowsKeepTheEnvelopeAndCoverEveryStep() {
        Series s = steps(1, 5, 2, 8, 3, 4, 0.5, 6);
        Series r = SeriesReducer.reduce(s, 4);
        assertThat(r.size()).isEqualTo(4);
        assertThat(r.stepStart()).containsExactly(1, 3, 5, 7);
        assertThat(r.stepEnd()).containsExactly(2, 4, 6, 8);
        assertThat(r.min()).containsExactly(1, 2, 3, 0.5);
        assertThat(r.max()).containsExactly(5, 8, 4, 6);
        assertThat(r.mean()).containsExactly(3, 5, 3.5, 3.25);
        assertThat(r.last()).containsExactly(5, 8, 4, 6);
    }

    @Test
    void nanAndInfinityFollowTheSeriesRules() {
        Series s = steps(1, Double.NaN, Double.POSITIVE_INFINITY, 3, Double.NaN, Double.NaN);
        Series r = SeriesReducer.reduce(s, 3);
        assertThat(r.mean()).containsExactly(1, 3, Double.NaN);
        assertThat(r.max()).containsExactly(1, Double.POSITIVE_INFINITY, Double.NaN);
        assertThat(r.min()).containsExactly(1, 3, Double.NaN);
        assertThat(r.last()).containsExactly(1, 3, Double.NaN);
    }

    @Test
    void bucketsAreWeightedByTheirSteps() {
        Series s = new Series(new long[] {1, 2}, new long[] {1, 4}, new double[] {0, 4}, new double[] {0, 4},
                new double[] {0, 4}, new double[] {0, 4});
        Series r = SeriesReducer.reduce(s, 1);
        assertThat(r.mean()).containsExactly(3.0);
        assertThat(r.stepStart()).containsExactly(1);
        assertThat(r.stepEnd()).containsExactly(4);
    }

    @Test
    void needsAtLeastOneRow() {
        assertThatThrownBy(() -> SeriesReducer.reduce(steps(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
