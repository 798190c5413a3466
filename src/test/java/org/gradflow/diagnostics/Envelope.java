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
}
