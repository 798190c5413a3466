package org.gradflow.diagnostics;

import java.util.Arrays;
import java.util.Objects;

/**
 * One metric over a whole run, as rows in increasing step order that together cover every recorded step exactly
 * once. A row at full resolution covers one step ({@code stepStart == stepEnd}) and has min = max = mean = last = the
 * value. A summary row covers the steps {@code stepStart..stepEnd} and gives, over the values of its steps:
 * <ul>
 * <li>{@code min}, {@code max}: smallest and largest value, ignoring NaN; an infinite value shows here as
 * {@code -Infinity} or {@code +Infinity}; NaN when every value was NaN;</li>
 * <li>{@code mean}: mean of the finite values only (NaN and infinities excluded; see {@code min}/{@code max} for
 * those); NaN when there were none;</li>
 * <li>{@code last}: the value of the latest step whose value was not NaN; NaN when every value was NaN.</li>
 * </ul>
 * Summary values are stored as {@code float}: they equal the {@code float} rounding of the exact statistic (the mean
 * up to a few float roundings), and finite values beyond the float range saturate at +-{@link Float#MAX_VALUE}
 * (a mean involving such values is then only approximate).
 * Immutable: the arrays are copied in and out.
 *
 * @param stepStart first step of each row, not {@code null}
 * @param stepEnd last step of each row, not {@code null}, same length
 * @param min minimum of each row, not {@code null}, same length
 * @param max maximum of each row, not {@code null}, same length
 * @param mean mean of each row, not {@code null}, same length
 * @param last last value of each row, not {@code null}, same length
 */
public record Series(long[] stepStart, long[] stepEnd, double[] min, double[] max, double[] mean, double[] last) {

    /** A series without rows. */
    public static final Series EMPTY = new Series(new long[0], new long[0], new double[0], new double[0],
            new double[0], new double[0]);

    public Series {
        stepStart = Objects.requireNonNull(stepStart, "stepStart").clone();
        stepEnd = Objects.requireNonNull(stepEnd, "stepEnd").clone();
        min = Objects.requireNonNull(min, "min").clone();
        max = Objects.requireNonNull(max, "max").clone();
        mean = Objects.requireNonNull(mean, "mean").clone();
        last = Objects.requireNonNull(last, "last").clone();
        int n = stepStart.length;
        if (stepEnd.length != n || min.length != n || max.length != n || mean.length != n || last.length != n) {
            throw new IllegalArgumentException("all arrays must have the same length");
        }
    }

    /** @return number of rows */
    public int size() {
        return stepStart.length;
    }

    /** @return first step of row {@code i} without copying */
    public long stepStart(int i) {
        return stepStart[i];
    }

    /** @return last step of row {@code i} without copying */
    public long stepEnd(int i) {
        return stepEnd[i];
    }

    /** @return minimum of row {@code i} without copying */
    public double min(int i) {
        return min[i];
    }

    /** @return maximum of row {@code i} without copying */
    public double max(int i) {
        return max[i];
    }

    /** @return mean of row {@code i} without copying */
    public double mean(int i) {
        return mean[i];
    }

    /** @return last value of row {@code i} without copying */
    public double last(int i) {
        return last[i];
    }

    @Override
    public long[] stepStart() {
        return stepStart.clone();
    }

    @Override
    public long[] stepEnd() {
        return stepEnd.clone();
    }

    @Override
    public double[] min() {
        return min.clone();
    }

    @Override
    public double[] max() {
        return max.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] last() {
        return last.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && Arrays.equals(stepStart, s.stepStart) && Arrays.equals(stepEnd, s.stepEnd)
                && Arrays.equals(min, s.min) && Arrays.equals(max, s.max) && Arrays.equals(mean, s.mean)
                && Arrays.equals(last, s.last);
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(stepStart);
        h = 31 * h + Arrays.hashCode(stepEnd);
        h = 31 * h + Arrays.hashCode(min);
        h = 31 * h + Arrays.hashCode(max);
        h = 31 * h + Arrays.hashCode(mean);
        return 31 * h + Arrays.hashCode(last);
    }

    @Override
    public String toString() {
        return "Series[rows=" + size() + (size() == 0 ? "" : ", steps " + stepStart[0] + ".." + stepEnd[size() - 1])
                + "]";
    }
}
