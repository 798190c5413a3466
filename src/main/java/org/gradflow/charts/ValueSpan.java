package org.gradflow.charts;

/**
 * Smallest and largest of the values offered to it that a chart can show: finite values, and for log axes only
 * positive ones. NaN, infinities (and on log axes zero and negatives) are ignored.
 */
final class ValueSpan {
    private final boolean positiveOnly;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    private ValueSpan(boolean positiveOnly) {
        this.positiveOnly = positiveOnly;
    }

    /** @return an empty span that accepts finite values above 0 only (for log axes) */
    static ValueSpan positive() {
        return new ValueSpan(true);
    }

    /** @return an empty span that accepts every finite value */
    static ValueSpan finite() {
        return new ValueSpan(false);
    }

    /** @return whether a value can be shown on this span's kind of axis */
    boolean accepts(double v) {
        return Double.isFinite(v) && (!positiveOnly || v > 0);
    }

    /** Includes {@code v} when {@link #accepts} it. */
    void add(double v) {
        if (accepts(v)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
    }

    /** Includes every accepted value of {@code values}. */
    void addAll(double[] values) {
        for (double v : values) {
            add(v);
        }
    }

    /** @return whether no value was accepted */
    boolean isEmpty() {
        return min > max;
    }

    /** @return smallest accepted value; +Infinity when empty */
    double min() {
        return min;
    }

    /** @return largest accepted value; -Infinity when empty */
    double max() {
        return max;
    }
}
