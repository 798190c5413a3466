package org.gradflow.charts;

import java.util.Objects;

import org.gradflow.diagnostics.Series;

/**
 * Turns a {@link Series} into plot points: x is the middle step of each row, y its mean, the band its min..max.
 * Values an axis cannot show become NaN, which the renderers draw as gaps, never as zero: NaN and infinities always,
 * and on log axes also zero and negatives. A band whose minimum is not showable but whose maximum is (for example a
 * bucket whose gradient norm once was 0) reaches down to {@code floor}, the bottom of the axis.
 */
final class SeriesPoints {
    private SeriesPoints() {
    }

    /**
     * @param key series name, not {@code null}
     * @param series the rows, not {@code null}
     * @param showable which values the axis can show (positive for log axes), not {@code null}; its span is not changed
     * @param floor where a band with an unshowable minimum ends: the axis' lower bound, or NaN for no band there
     * @return the points, one per row
     */
    static IntervalSeries envelope(String key, Series series, ValueSpan showable, double floor) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(showable, "showable");
        int n = series.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (series.stepStart(i) + series.stepEnd(i)) / 2.0;
            y[i] = showable.accepts(series.mean(i)) ? series.mean(i) : Double.NaN;
            double lo = series.min(i);
            double hi = series.max(i);
            if (!showable.accepts(hi)) {
                lo = Double.NaN;
                hi = Double.NaN;
            } else if (!showable.accepts(lo)) {
                lo = Double.isNaN(lo) ? Double.NaN : floor;
            }
            low[i] = lo;
            high[i] = hi;
        }
        return IntervalSeries.band(key, x, y, low, high);
    }

    /**
     * @param series the rows, not {@code null}
     * @param span receives every showable min, max and mean of the rows, not {@code null}
     */
    static void addTo(ValueSpan span, Series series) {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(series, "series");
        for (int i = 0; i < series.size(); i++) {
            span.add(series.min(i));
            span.add(series.max(i));
            span.add(series.mean(i));
        }
    }

    /**
     * @param series the rows, not {@code null}
     * @param step a step number
     * @return index of the row covering {@code step}; the first row when {@code step} lies before the series, the last
     *         when after; -1 when the series is empty
     */
    static int rowAt(Series series, long step) {
        Objects.requireNonNull(series, "series");
        int lo = 0;
        int hi = series.size() - 1;
        if (hi < 0) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (series.stepEnd(mid) < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
