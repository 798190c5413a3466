package org.gradflow.charts;

import java.util.Arrays;
import java.util.Objects;

import org.gradflow.diagnostics.Series;

/**
 * Merges the rows of a long {@link Series} into at most a given number of rows, so that a chart draws about one point
 * per pixel column whatever the run's length, while keeping the true envelope: a merged row's min and max are the
 * extremes of its rows, its mean the step-weighted mean of their finite means, its last the last non-NaN last.
 * Rows are grouped by where their middle step falls on an even grid over the series' steps, so the result depends only
 * on the series.
 */
final class SeriesReducer {
    private SeriesReducer() {
    }

    /**
     * @param series the series, not {@code null}
     * @param maxRows most rows wanted, at least 1
     * @return {@code series} itself when it has at most {@code maxRows} rows, else the merged series
     */
    static Series reduce(Series series, int maxRows) {
        Objects.requireNonNull(series, "series");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
        }
        int n = series.size();
        if (n <= maxRows) {
            return series;
        }
        double first = series.stepStart(0);
        double width = (series.stepEnd(n - 1) + 1 - first) / maxRows;
        long[] start = new long[maxRows];
        long[] end = new long[maxRows];
        double[] min = new double[maxRows];
        double[] max = new double[maxRows];
        double[] mean = new double[maxRows];
        double[] last = new double[maxRows];
        int out = -1;
        int group = -1;
        double weightedSum = 0;
        double weight = 0;
        for (int i = 0; i < n; i++) {
            double middle = (series.stepStart(i) + series.stepEnd(i)) / 2.0;
            int g = Math.min(maxRows - 1, (int) ((middle + 0.5 - first) / width));
            if (g != group) {
                if (out >= 0) {
                    mean[out] = weight > 0 ? weightedSum / weight : Double.NaN;
                }
                out++;
                group = g;
                start[out] = series.stepStart(i);
                min[out] = Double.NaN;
                max[out] = Double.NaN;
                last[out] = Double.NaN;
                weightedSum = 0;
                weight = 0;
            }
            end[out] = series.stepEnd(i);
            min[out] = nanMin(min[out], series.min(i));
            max[out] = nanMax(max[out], series.max(i));
            if (Double.isFinite(series.mean(i))) {
                double w = series.stepEnd(i) - series.stepStart(i) + 1.0;
                weightedSum += w * series.mean(i);
                weight += w;
            }
            if (!Double.isNaN(series.last(i))) {
                last[out] = series.last(i);
            }
        }
        mean[out] = weight > 0 ? weightedSum / weight : Double.NaN;
        int rows = out + 1;
        return new Series(Arrays.copyOf(start, rows), Arrays.copyOf(end, rows),
                Arrays.copyOf(min, rows), Arrays.copyOf(max, rows),
                Arrays.copyOf(mean, rows), Arrays.copyOf(last, rows));
    }

    private static double nanMin(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double nanMax(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
