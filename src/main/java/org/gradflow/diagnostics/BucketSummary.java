package org.gradflow.diagnostics;

import java.util.Arrays;

/**
 * The multi-resolution summary of the steps between the first and the recent ones: at most {@code maxBuckets}
 * buckets of {@code width} consecutive steps each (the last one possibly partial), holding per column the min, max,
 * mean and last value as {@code float} plus the count of finite values. When a new bucket is needed and all are in
 * use, neighbouring pairs merge exactly (min of mins, max of maxes, mean weighted by finite counts, last of the later
 * bucket unless it had none) and the width doubles. Value rules:
 * <ul>
 * <li>NaN ("not measured") is ignored by every statistic;</li>
 * <li>+-Infinity takes part in min, max and last, so a bucket holding one shows it as its envelope, but is kept out of
 * the mean and the finite count: the mean never silently absorbs an infinity;</li>
 * <li>finite values beyond the float range saturate at +-{@link Float#MAX_VALUE} (they stay finite; a mean
 * involving them is then only approximate, and merging such means is not exact).</li>
 * </ul>
 * Not thread-safe.
 */
final class BucketSummary {
    private static final int INITIAL_BUCKETS = 16;

    private final int columns;
    private final int maxBuckets;
    private long width = 1;
    private int count;
    private long totalRows;
    private long[] firstStep = new long[0];
    private long[] lastStep = new long[0];
    private long[] rows = new long[0];
    private float[] min = new float[0];
    private float[] max = new float[0];
    private float[] mean = new float[0];
    private float[] last = new float[0];
    private int[] finite = new int[0];
    /** Exact sums of the finite values of the last (open) bucket, per column. */
    private final double[] openSum;

    BucketSummary(int columns, int maxBuckets) {
        if (columns < 0 || maxBuckets < 2 || maxBuckets % 2 != 0) {
            throw new IllegalArgumentException("need columns >= 0 and an even maxBuckets >= 2");
        }
        if ((long) columns * maxBuckets > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(maxBuckets + " buckets of " + columns + " columns do not fit");
        }
        this.columns = columns;
        this.maxBuckets = maxBuckets;
        this.openSum = new double[columns];
    }

    /** @return the float stored for {@code v}: NaN and infinities as they are, finite values clamped to float range */
    static float toFloat(double v) {
        if (v > Float.MAX_VALUE && v != Double.POSITIVE_INFINITY) {
            return Float.MAX_VALUE;
        }
        if (v < -Float.MAX_VALUE && v != Double.NEGATIVE_INFINITY) {
            return -Float.MAX_VALUE;
        }
        return (float) v;
    }

    int buckets() {
        return count;
    }

    long width() {
        return width;
    }

    /** @return number of steps summarised */
    long rowCount() {
        return totalRows;
    }

    /** Adds one step; {@code step} must be greater than every step added before. */
    void add(long step, double[] row) {
        if (count == 0 || rows[count - 1] == width) {
            openBucket(step);
        }
        int b = count - 1;
        int base = b * columns;
        for (int c = 0; c < columns; c++) {
            double v = row[c];
            if (Double.isNaN(v)) {
                continue;
            }
            float f = toFloat(v);
            int i = base + c;
            if (Float.isNaN(min[i]) || f < min[i]) {
                min[i] = f;
            }
            if (Float.isNaN(max[i]) || f > max[i]) {
                max[i] = f;
            }
            last[i] = f;
            if (Double.isFinite(v)) {
                int n = ++finite[i];
                openSum[c] += v;
                mean[i] = toFloat(openSum[c] / n);
            }
        }
        lastStep[b] = step;
        rows[b]++;
        totalRows++;
    }

    /** Adds one row per bucket with its statistics in {@code column} to {@code out}, oldest first. */
    void appendColumn(int column, SeriesBuilder out) {
        for (int b = 0; b < count; b++) {
            int i = b * columns + column;
            out.addRow(firstStep[b], lastStep[b], min[i], max[i], mean[i], last[i]);
        }
    }

    long estimatedBytes() {
        return MemorySizes.OBJECT + MemorySizes.of(firstStep) + MemorySizes.of(lastStep) + MemorySizes.of(rows)
                + MemorySizes.of(min) + MemorySizes.of(max) + MemorySizes.of(mean) + MemorySizes.of(last)
                + MemorySizes.of(finite) + MemorySizes.of(openSum);
    }

    /** @return {@link #estimatedBytes()} of a summary of {@code columns} columns grown to {@code maxBuckets} */
    static long boundBytes(int columns, int maxBuckets) {
        long cells = (long) maxBuckets * columns;
        return MemorySizes.OBJECT + 3 * MemorySizes.array(maxBuckets, 8) + 4 * MemorySizes.array(cells, 4)
                + MemorySizes.array(cells, 4) + MemorySizes.array(columns, 8);
    }

    SummaryState state() {
        int cells = count * columns;
        return new SummaryState(columns, width, Arrays.copyOf(firstStep, count), Arrays.copyOf(lastStep, count),
                Arrays.copyOf(rows, count), Arrays.copyOf(min, cells), Arrays.copyOf(max, cells),
                Arrays.copyOf(mean, cells), Arrays.copyOf(last, cells), Arrays.copyOf(finite, cells),
                count == 0 ? new double[columns] : openSum.clone());
    }

    /** @return a summary holding exactly the buckets of {@code state}, which is checked for consistency */
    static BucketSummary fromState(SummaryState state, int columns, int maxBuckets) {
        if (state.columns() != columns) {
            throw new IllegalArgumentException("summary has " + state.columns() + " columns, expected " + columns);
        }
        int n = state.buckets();
        if (n > maxBuckets) {
            throw new IllegalArgumentException(n + " buckets exceed the limit of " + maxBuckets);
        }
        BucketSummary s = new BucketSummary(columns, maxBuckets);
        s.width = state.width();
        s.count = n;
        s.firstStep = state.firstStep();
        s.lastStep = state.lastStep();
        s.rows = state.rows();
        s.min = state.min();
        s.max = state.max();
        s.mean = state.mean();
        s.last = state.last();
        s.finite = state.finiteCount();
        System.arraycopy(state.openSums(), 0, s.openSum, 0, columns);
        for (int b = 0; b < n; b++) {
            long r = s.rows[b];
            boolean lastBucket = b == n - 1;
            if (r < 1 || r > s.width || (!lastBucket && r != s.width)) {
                throw new IllegalArgumentException("bucket " + b + " holds " + r + " steps, width is " + s.width);
            }
            if (s.firstStep[b] > s.lastStep[b] || (b > 0 && s.lastStep[b - 1] >= s.firstStep[b])) {
                throw new IllegalArgumentException("bucket " + b + " steps out of order");
            }
            for (int c = 0; c < columns; c++) {
                int f = s.finite[b * columns + c];
                if (f < 0 || f > r) {
                    throw new IllegalArgumentException("bucket " + b + " finite count " + f + " out of range");
                }
            }
            s.totalRows += r;
        }
        return s;
    }

    private void openBucket(long step) {
        if (count == maxBuckets) {
            mergePairs();
        }
        if (count == firstStep.length) {
            grow();
        }
        int b = count++;
        firstStep[b] = step;
        lastStep[b] = step;
        rows[b] = 0;
        int from = b * columns;
        int to = from + columns;
        Arrays.fill(min, from, to, Float.NaN);
        Arrays.fill(max, from, to, Float.NaN);
        Arrays.fill(mean, from, to, Float.NaN);
        Arrays.fill(last, from, to, Float.NaN);
        Arrays.fill(finite, from, to, 0);
        Arrays.fill(openSum, 0);
    }

    /** Merges buckets (0,1), (2,3), ... into 0, 1, ...; all buckets are full when this runs. */
    private void mergePairs() {
        int half = count / 2;
        for (int j = 0; j < half; j++) {
            int a = 2 * j;
            int b = a + 1;
            firstStep[j] = firstStep[a];
            lastStep[j] = lastStep[b];
            rows[j] = rows[a] + rows[b];
            for (int c = 0; c < columns; c++) {
                mergeCell(a * columns + c, b * columns + c, j * columns + c);
            }
        }
        count = half;
        width *= 2;
    }

    private void mergeCell(int ia, int ib, int into) {
        float minA = min[ia];
        float minB = min[ib];
        float maxA = max[ia];
        float maxB = max[ib];
        float lastA = last[ia];
        float lastB = last[ib];
        int na = finite[ia];
        int nb = finite[ib];
        double sum = (na == 0 ? 0 : (double) mean[ia] * na) + (nb == 0 ? 0 : (double) mean[ib] * nb);
        int n = na + nb;
        min[into] = Float.isNaN(minA) ? minB : Float.isNaN(minB) ? minA : Math.min(minA, minB);
        max[into] = Float.isNaN(maxA) ? maxB : Float.isNaN(maxB) ? maxA : Math.max(maxA, maxB);
        last[into] = Float.isNaN(lastB) ? lastA : lastB;
        mean[into] = n == 0 ? Float.NaN : toFloat(sum / n);
        finite[into] = n;
    }

    private void grow() {
        int capacity = Math.min(maxBuckets, Math.max(INITIAL_BUCKETS, 2 * firstStep.length));
        int cells = capacity * columns;
        firstStep = Arrays.copyOf(firstStep, capacity);
        lastStep = Arrays.copyOf(lastStep, capacity);
        rows = Arrays.copyOf(rows, capacity);
        min = Arrays.copyOf(min, cells);
        max = Arrays.copyOf(max, cells);
        mean = Arrays.copyOf(mean, cells);
        last = Arrays.copyOf(last, cells);
        finite = Arrays.copyOf(finite, cells);
    }

    @Override
    public String toString() {
        return "BucketSummary[buckets=" + count + "/" + maxBuckets + ", width=" + width + ", steps=" + totalRows + "]";
    }
}
