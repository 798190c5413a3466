package org.gradflow.diagnostics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Full-resolution rows of a {@link History}, oldest first, as part of a {@link HistoryState}. Immutable: the arrays
 * are copied in and out.
 *
 * @param columns numbers per row (see {@link HistoryState} for their order), at least 0
 * @param steps the step number of each row, strictly increasing, not {@code null}
 * @param values row-major values, {@code values[row * columns + column]}, length {@code steps.length * columns}, not
 *        {@code null}
 */
public record RowsState(int columns, long[] steps, double[] values) {
    public RowsState {
        steps = Objects.requireNonNull(steps, "steps").clone();
        values = Objects.requireNonNull(values, "values").clone();
        if (columns < 0) {
            throw new IllegalArgumentException("columns must not be negative, got " + columns);
        }
        if ((long) steps.length * columns != values.length) {
            throw new IllegalArgumentException("values must hold " + steps.length + " rows of " + columns
                    + " columns, got length " + values.length);
        }
    }

    /** @return number of rows */
    public int rows() {
        return steps.length;
    }

    @Override
    public long[] steps() {
        return steps.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowsState r && columns == r.columns && Arrays.equals(steps, r.steps)
                && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * columns + Arrays.hashCode(steps)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "RowsState[columns=" + columns + ", rows=" + steps.length + "]";
    }
}
