package org.gradflow.charts;

import java.util.Objects;

/**
 * One series of an {@link IntervalData}: per item an x value with an x interval (for bars) and a y value with a y
 * interval (for bands and error bars). NaN in {@code y} leaves a gap in the line; NaN in {@code yLow} or {@code yHigh}
 * leaves a gap in the band. The arrays are not copied: callers hand over freshly built arrays.
 *
 * @param key the series name shown in tool tips, not {@code null}
 * @param x x values in increasing order, not {@code null}
 * @param xLow start of each x interval, same length
 * @param xHigh end of each x interval, same length
 * @param y y values, same length
 * @param yLow start of each y interval, same length
 * @param yHigh end of each y interval, same length
 */
record IntervalSeries(String key, double[] x, double[] xLow, double[] xHigh, double[] y, double[] yLow,
                      double[] yHigh) {
    IntervalSeries {
        Objects.requireNonNull(key, "key");
        int n = Objects.requireNonNull(x, "x").length;
        if (Objects.requireNonNull(xLow, "xLow").length != n || Objects.requireNonNull(xHigh, "xHigh").length != n
                || Objects.requireNonNull(y, "y").length != n || Objects.requireNonNull(yLow, "yLow").length != n
                || Objects.requireNonNull(yHigh, "yHigh").length != n) {
            throw new IllegalArgumentException("all arrays of series '" + key + "' must have the same length");
        }
        for (int i = 1; i < n; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("x values of series '" + key + "' must increase");
            }
        }
    }

    /** A series whose x intervals are the points themselves. */
    static IntervalSeries band(String key, double[] x, double[] y, double[] yLow, double[] yHigh) {
        return new IntervalSeries(key, x, x, x, y, yLow, yHigh);
    }

    /** A series whose y intervals are the points themselves. */
    static IntervalSeries line(String key, double[] x, double[] y) {
        return new IntervalSeries(key, x, x, x, y, y, y);
    }

    /** @return number of items */
    int size() {
        return x.length;
    }
}
