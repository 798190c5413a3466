package org.gradflow.charts;

import java.util.Arrays;
import java.util.Objects;

/** Quantiles of a sample, interpolated linearly between order statistics (R's type 7, NumPy's default). */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * @param sorted values in increasing order, not {@code null}; NaN not permitted
     * @param p probability in [0, 1]
     * @return the {@code p}-quantile, NaN when {@code sorted} is empty
     */
    public static double of(double[] sorted, double p) {
        Objects.requireNonNull(sorted, "sorted");
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double pos = p * (n - 1);
        int i = (int) Math.floor(pos);
        if (i >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }

    /** @return a sorted copy of the first {@code count} values of {@code values} */
    public static double[] sorted(double[] values, int count) {
        double[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return copy;
    }
}
