package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BucketSummaryTest {
    private static final int COLUMNS = 28;

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 9, 16, 17, 100, 1000, 4099, 20_000})
    void bucketsAreContiguousBoundedAndMatchAnIndependentComputation(int steps) {
        BucketSummary s = new BucketSummary(COLUMNS, 8);
        double[] row = new double[COLUMNS];
        for (long step = 101; step < 101 + steps; step++) {
            for (int c = 0; c < COLUMNS; c++) {
                row[c] = Steps.value(step, c);
            }
            s.add(step, row);
        }
        assertThat(s.buckets()).isBetween(1, 8);
        assertThat(s.rowCount()).isEqualTo(steps);
        for (int c = 0; c < COLUMNS; c++) {
            Series series = column(s, c);
            assertThat(series.stepStart(0)).isEqualTo(101);
            assertThat(series.stepEnd(series.size() - 1)).isEqualTo(100 + steps);
            for (int b = 0; b < series.size(); b++) {
                long from = series.stepStart(b);
                long to = series.stepEnd(b);
                if (b > 0) {
                    assertThat(from).isEqualTo(series.stepEnd(b - 1) + 1);
                }
                if (b < series.size() - 1) {
                    assertThat(to - from + 1).isEqualTo(s.width());
                } else {
                    assertThat(to - from + 1).isBetween(1L, s.width());
                }
                int column = c;
                Envelope e = Envelope.of(from, to, step -> Steps.value(step, column));
                e.assertMatches(series, b, "column " + c + " steps " + from + ".." + to);
            }
        }
    }

    @Test
    void nanIsIgnoredAndInfinitiesMarkTheEnvelopeButNotTheMean() {
        BucketSummary s = new BucketSummary(1, 2);
        add(s, 1, Double.NaN);
        add(s, 2, Double.NaN);
        Series allNan = column(s, 0);
        assertThat(allNan.size()).isEqualTo(2);
        assertThat(allNan.min(0)).isNaN();
        assertThat(allNan.max(1)).isNaN();
        assertThat(allNan.mean(0)).isNaN();
        assertThat(allNan.last(1)).isNaN();
        add(s, 3, 3);
        add(s, 4, Double.POSITIVE_INFINITY);
        add(s, 5, -2);
        add(s, 6, Double.NaN);
        add(s, 7, 1e300);
        Series series = column(s, 0);
        assertThat(series.stepStart()).containsExactly(1, 5);
        assertThat(series.stepEnd()).containsExactly(4, 7);
        assertThat(series.min(0)).isEqualTo(3.0);
        assertThat(series.max(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(series.mean(0)).isEqualTo(3.0);
        assertThat(series.last(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(series.min(1)).isEqualTo(-2.0);
        assertThat(series.max(1)).as("finite beyond float range saturates").isEqualTo((double) Float.MAX_VALUE);
        assertThat(series.mean(1)).isEqualTo((double) Float.MAX_VALUE);
        assertThat(series.last(1)).isEqualTo((double) Float.MAX_VALUE);
        assertThat(s.state().finiteCount()).containsExactly(1, 2);
    }

    @Test
    void negativeInfinityAndTrailingNanKeepLastNonNanValue() {
        BucketSummary s = new BucketSummary(1, 2);
        add(s, 1, Double.NEGATIVE_INFINITY);
        add(s, 2, 1);
        add(s, 3, 5);
        add(s, 4, Double.NaN);
        add(s, 5, 7);
        Series series = column(s, 0);
        assertThat(series.stepStart()).containsExactly(1, 5);
        assertThat(series.min(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(series.max(0)).isEqualTo(5.0);
        assertThat(series.mean(0)).isEqualTo(3.0);
        assertThat(series.last(0)).as("last non-NaN of the later half").isEqualTo(5.0);
    }

    @Test
    void stateRoundTripsAndContinuesIdentically() {
        BucketSummary a = new BucketSummary(COLUMNS, 4);
        double[] row = new double[COLUMNS];
        for (long step = 1; step <= 333; step++) {
            fill(row, step);
            a.add(step, row);
        }
        SummaryState state = a.state();
        BucketSummary b = BucketSummary.fromState(state, COLUMNS, 4);
        assertThat(b.state()).isEqualTo(state);
        for (long step = 334; step <= 1000; step++) {
            fill(row, step);
            a.add(step, row);
            b.add(step, row);
        }
        assertThat(b.state()).isEqualTo(a.state());
        assertThat(b.rowCount()).isEqualTo(1000);
    }

    @Test
    void fromStateRejectsInconsistentBuckets() {
        BucketSummary a = new BucketSummary(1, 4);
        for (long step = 1; step <= 10; step++) {
            add(a, step, step);
        }
        SummaryState ok = a.state();
        long[] rows = ok.rows();
        rows[0]++;
        SummaryState bad = new SummaryState(1, ok.width(), ok.firstStep(), ok.lastStep(), rows, ok.min(), ok.max(),
                ok.mean(), ok.last(), ok.finiteCount(), ok.openSums());
        assertThatThrownBy(() -> BucketSummary.fromState(bad, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BucketSummary.fromState(ok, 2, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BucketSummary.fromState(ok, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void fill(double[] row, long step) {
        for (int c = 0; c < row.length; c++) {
            row[c] = Steps.value(step, c);
        }
    }

    private static void add(BucketSummary s, long step, double v) {
        s.add(step, new double[] {v});
    }

    private static Series column(BucketSummary s, int c) {
        SeriesBuilder b = new SeriesBuilder(s.buckets());
        s.appendColumn(c, b);
        return b.build();
    }
}
