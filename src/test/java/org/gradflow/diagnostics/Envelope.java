package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.LongToDoubleFunction;

/**
 * The documented statistics of a summary row computed directly from the original values (independently of
 * {@link BucketSummary}), rounded to float as the summary stores them.
 */
record Envelope(float min, float max, float mean, float last) {

    /** @return the statistics of {@code values} over the steps {@code from..to} */
    static Envelope of(long from, long to, LongToDoubleFunction values) {
        double min = Double.NaN;
        double max = Double.NaN;
        double last = Double.NaN;
        double sum = 0;
        int finite = 0;
        for (long step = from; step <= to; step++) {
            double v = values.applyAsDouble(step);
            if (Double.isNaN(v)) {
                continue;
            }
            min = Double.isNaN(min) ? v : Math.min(min, v);
            max = Double.isNaN(max) ? v : Math.max(max, v);
            last = v;
            if (Double.isFinite(v)) {
                sum += v;
                finite++;
            }
        }
        return new Envelope((float) min, (float) max, finite == 0 ? Float.NaN : (float) (sum / finite),
                (float) last);
    }

    /** Asserts that row {@code row} of {@code series} has these statistics (the mean to float precision). */
    void assertMatches(Series series, int row, String where) {
        Steps.assertSameValue(series.min(row), min, where + " min");
        Steps.assertSameValue(series.max(row), max, where + " max");
        Steps.assertSameValue(series.last(row), last, where + " last");
        if (Float.isNaN(mean)) {
            assertThat(series.mean(row)).as(where + " mean").isNaN();
        } else {
            assertThat(series.mean(row)).as(where + " mean").isCloseTo(mean, within(1e-5 * Math.max(1, Math.abs(mean))));
        }
    }

    /**
     * Checks that {@code series} covers steps 1..steps contiguously without overlap, with the first and recent steps
     * of {@code limits} at full resolution, and that every row equals a direct computation over {@code values}.
     */
    static void assertCovers(Series series, long steps, LongToDoubleFunction values, HistoryLimits limits,
                                       String what) {
        assertThat(series.stepStart(0)).isEqualTo(1);
        assertThat(series.stepEnd(series.size() - 1)).isEqualTo(steps);
        int wide = 0;
        for (int i = 0; i < series.size(); i++) {
            long from = series.stepStart(i);
            long to = series.stepEnd(i);
            if (i > 0) {
                assertThat(from).as(what + " row " + i).isEqualTo(series.stepEnd(i - 1) + 1);
            }
            if (from == to) {
                double v = values.applyAsDouble(from);
                if (i < limits.firstSteps() || i >= series.size() - limits.recentSteps()) {
                    Steps.assertSameValue(series.min(i), v, what + " step " + from);
                    Steps.assertSameValue(series.max(i), v, what + " step " + from);
                    Steps.assertSameValue(series.mean(i), v, what + " step " + from);
                    Steps.assertSameValue(series.last(i), v, what + " step " + from);
                    continue;
                }
            }
            wide++;
            of(from, to, values).assertMatches(series, i, what + " " + from + ".." + to);
        }
        assertThat(wide).as("summary rows").isBetween(1, limits.maxBuckets());
        assertThat(series.stepEnd(limits.firstSteps() - 1)).as("first steps in full").isEqualTo(limits.firstSteps());
        assertThat(series.stepStart(series.size() - limits.recentSteps())).as("recent steps in full")
                .isEqualTo(steps - limits.recentSteps() + 1);
    }
}
