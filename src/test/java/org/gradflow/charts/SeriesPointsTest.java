package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.diagnostics.Series;
import org.junit.jupiter.api.Test;

class SeriesPointsTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void unshowableValuesBecomeGapsOnALogAxis() {
        Series s = new Series(new long[] {1, 2, 3, 4, 5}, new long[] {1, 2, 3, 4, 9},
                new double[] {1e-3, 0, NAN, INF, 0}, new double[] {1e-3, 0, NAN, INF, 2e-2},
                new double[] {1e-3, 0, NAN, INF, 1e-2}, new double[] {1e-3, 0, NAN, INF, 2e-2});
        IntervalSeries p = SeriesPoints.envelope("k", s, ValueSpan.positive(), 1e-5);
        assertThat(p.x()).containsExactly(1, 2, 3, 4, 7);
        assertThat(p.y()).containsExactly(1e-3, NAN, NAN, NAN, 1e-2);
        assertThat(p.yHigh()).containsExactly(1e-3, NAN, NAN, NAN, 2e-2);
        assertThat(p.yLow()).as("a bucket that once held 0 reaches to the axis' bottom")
                .containsExactly(1e-3, NAN, NAN, NAN, 1e-5);
    }

    @Test
    void zeroIsAValueOnALinearAxis() {
        Series s = new Series(new long[] {1, 2}, new long[] {1, 2}, new double[] {0, NAN}, new double[] {0, NAN},
                new double[] {0, NAN}, new double[] {0, NAN});
        IntervalSeries p = SeriesPoints.envelope("k", s, ValueSpan.finite(), NAN);
        assertThat(p.y()).containsExactly(0, NAN);
    }

    @Test
    void spanCollectsShowableValues() {
        Series s = new Series(new long[] {1, 2}, new long[] {1, 5}, new double[] {0, 2e-3}, new double[] {INF, 5},
                new double[] {NAN, 1}, new double[] {NAN, 1});
        ValueSpan span = ValueSpan.positive();
        SeriesPoints.addTo(span, s);
        assertThat(span.min()).isEqualTo(2e-3);
        assertThat(span.max()).isEqualTo(5);
    }

    @Test
    void rowAtFindsTheCoveringRow() {
        Series s = new Series(new long[] {1, 2, 10}, new long[] {1, 9, 10}, new double[3], new double[3],
                new double[3], new double[3]);
        assertThat(SeriesPoints.rowAt(s, 1)).isZero();
        assertThat(SeriesPoints.rowAt(s, 5)).isEqualTo(1);
        assertThat(SeriesPoints.rowAt(s, 9)).isEqualTo(1);
        assertThat(SeriesPoints.rowAt(s, 10)).isEqualTo(2);
        assertThat(SeriesPoints.rowAt(s, 99)).isEqualTo(2);
        assertThat(SeriesPoints.rowAt(s, -5)).isZero();
        assertThat(SeriesPoints.rowAt(Series.EMPTY, 1)).isEqualTo(-1);
    }
}
