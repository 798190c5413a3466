package org.gradflow.diagnostics;

import java.util.Arrays;
import java.util.Objects;

/**
 * The summary buckets of a {@link History}, oldest first, as part of a {@link HistoryState}. Per-bucket, per-column
 * arrays are row-major: {@code min[bucket * columns + column]}. Immutable: the arrays are copied in and out.
 *
 * @param columns numbers per step (see {@link HistoryState} for their order), at least 0
 * @param width number of steps a full bucket holds, at least 1; every bucket but the last holds exactly this many
 * @param firstStep first step of each bucket, not {@code null}
 * @param lastStep last step of each bucket, not {@code null}
 * @param rows number of steps in each bucket, not {@code null}
 * @param min per bucket and column the minimum ignoring NaN (infinities included), NaN if none, not {@code null}
 * @param max per bucket and column the maximum ignoring NaN (infinities included), NaN if none, not {@code null}
 * @param mean per bucket and column the mean of the finite values, NaN if none, not {@code null}
 * @param last per bucket and column the latest value that was not NaN, NaN if none, not {@code null}
 * @param finiteCount per bucket and column the number of finite values, not {@code null}
 * @param openSums per column the exact sum of the finite values of the last bucket, which may still grow (all zero
 *        when there is no bucket), length {@code columns}, not {@code null}
 */
public record SummaryState(int columns, long width, long[] firstStep, long[] lastStep, long[] rows, float[] min,
                           float[] max, float[] mean, float[] last, int[] finiteCount, double[] openSums) {
    public SummaryState {
        firstStep = Objects.requireNonNull(firstStep, "firstStep").clone();
        lastStep = Objects.requireNonNull(lastStep, "lastStep").clone();
        rows = Objects.requireNonNull(rows, "rows").clone();
        min = Objects.requireNonNull(min, "min").clone();
        max = Objects.requireNonNull(max, "max").clone();
        mean = Objects.requireNonNull(mean, "mean").clone();
        last = Objects.requireNonNull(last, "last").clone();
        finiteCount = Objects.requireNonNull(finiteCount, "finiteCount").clone();
        openSums = Objects.requireNonNull(openSums, "openSums").clone();
        if (columns < 0 || width < 1) {
            throw new IllegalArgumentException("columns must be >= 0 and width >= 1, got " + columns + ", " + width);
        }
        int n = firstStep.length;
        long cells = (long) n * columns;
        if (lastStep.length != n || rows.length != n || min.length != cells || max.length != cells
                || mean.length != cells || last.length != cells || finiteCount.length != cells
                || openSums.length != columns) {
            throw new IllegalArgumentException("array lengths do not match " + n + " buckets of " + columns
                    + " columns");
        }
    }

    /** @return number of buckets */
    public int buckets() {
        return firstStep.length;
    }

    @Override
    public long[] firstStep() {
        return firstStep.clone();
    }

    @Override
    public long[] lastStep() {
        return lastStep.clone();
    }

    @Override
    public long[] rows() {
        return rows.clone();
    }

    @Override
    public float[] min() {
        return min.clone();
    }

    @Override
    public float[] max() {
        return max.clone();
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] last() {
        return last.clone();
    }

    @Override
    public int[] finiteCount() {
        return finiteCount.clone();
    }

    @Override
    public double[] openSums() {
        return openSums.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryState s && columns == s.columns && width == s.width
                && Arrays.equals(firstStep, s.firstStep) && Arrays.equals(lastStep, s.lastStep)
                && Arrays.equals(rows, s.rows) && Arrays.equals(min, s.min) && Arrays.equals(max, s.max)
                && Arrays.equals(mean, s.mean) && Arrays.equals(last, s.last)
                && Arrays.equals(finiteCount, s.finiteCount) && Arrays.equals(openSums, s.openSums);
    }

    @Override
    public int hashCode() {
        int h = 31 * columns + Long.hashCode(width);
        h = 31 * h + Arrays.hashCode(firstStep);
        h = 31 * h + Arrays.hashCode(lastStep);
        h = 31 * h + Arrays.hashCode(rows);
        h = 31 * h + Arrays.hashCode(min);
        h = 31 * h + Arrays.hashCode(max);
        h = 31 * h + Arrays.hashCode(mean);
        h = 31 * h + Arrays.hashCode(last);
        h = 31 * h + Arrays.hashCode(finiteCount);
        return 31 * h + Arrays.hashCode(openSums);
    }

    @Override
    public String toString() {
        return "SummaryState[columns=" + columns + ", width=" + width + ", buckets=" + buckets() + "]";
    }
}
