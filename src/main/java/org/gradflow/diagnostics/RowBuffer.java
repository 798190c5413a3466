package org.gradflow.diagnostics;

import java.util.Objects;

/**
 * Full-resolution rows (one step each) in a ring of at most {@code maxRows} rows, stored row-major in one
 * {@code double[]}. The arrays start small and double up to {@code maxRows}. Not thread-safe.
 */
final class RowBuffer {
    private static final int INITIAL_ROWS = 64;

    private final int columns;
    private final int maxRows;
    private long[] steps = new long[0];
    private double[] values = new double[0];
    /** Ring slot of the oldest row. */
    private int start;
    private int size;

    RowBuffer(int columns, int maxRows) {
        if (columns < 0 || maxRows < 0) {
            throw new IllegalArgumentException("columns and maxRows must not be negative");
        }
        if ((long) columns * maxRows > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(maxRows + " rows of " + columns + " columns do not fit in one array");
        }
        this.columns = columns;
        this.maxRows = maxRows;
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == maxRows;
    }

    /** @return step of row {@code i}, 0 = oldest */
    long step(int i) {
        return steps[slot(Objects.checkIndex(i, size))];
    }

    /** @return value of row {@code i} (0 = oldest) in {@code column} */
    double value(int i, int column) {
        return values[slot(Objects.checkIndex(i, size)) * columns + column];
    }

    /** Appends a row; the buffer must not be full. {@code row} is copied. */
    void add(long step, double[] row) {
        if (size == maxRows) {
            throw new IllegalStateException("buffer full (" + maxRows + " rows)");
        }
        if (size == steps.length) {
            grow();
        }
        int slot = slot(size);
        steps[slot] = step;
        System.arraycopy(row, 0, values, slot * columns, columns);
        size++;
    }

    /** Removes the oldest row, copying its values into {@code rowOut}; @return its step */
    long removeOldest(double[] rowOut) {
        if (size == 0) {
            throw new IllegalStateException("buffer empty");
        }
        long step = steps[start];
        System.arraycopy(values, start * columns, rowOut, 0, columns);
        start = start + 1 == steps.length ? 0 : start + 1;
        size--;
        return step;
    }

    /** Adds every row's value in {@code column} to {@code out}, oldest first. */
    void appendColumn(int column, SeriesBuilder out) {
        for (int i = 0; i < size; i++) {
            int slot = slot(i);
            out.addPoint(steps[slot], values[slot * columns + column]);
        }
    }

    long estimatedBytes() {
        return MemorySizes.OBJECT + MemorySizes.of(steps) + MemorySizes.of(values);
    }

    /** @return {@link #estimatedBytes()} of a buffer of {@code columns} columns grown to {@code maxRows} rows */
    static long boundBytes(int columns, int maxRows) {
        return MemorySizes.OBJECT + MemorySizes.array(maxRows, 8) + MemorySizes.array((long) maxRows * columns, 8);
    }

    RowsState state() {
        long[] s = new long[size];
        double[] v = new double[size * columns];
        for (int i = 0; i < size; i++) {
            int slot = slot(i);
            s[i] = steps[slot];
            System.arraycopy(values, slot * columns, v, i * columns, columns);
        }
        return new RowsState(columns, s, v);
    }

    /** @return a buffer holding exactly the rows of {@code state} */
    static RowBuffer fromState(RowsState state, int columns, int maxRows) {
        if (state.columns() != columns) {
            throw new IllegalArgumentException("rows have " + state.columns() + " columns, expected " + columns);
        }
        if (state.rows() > maxRows) {
            throw new IllegalArgumentException(state.rows() + " rows exceed the limit of " + maxRows);
        }
        RowBuffer b = new RowBuffer(columns, maxRows);
        b.steps = state.steps();
        b.values = state.values();
        b.size = b.steps.length;
        return b;
    }

    private int slot(int i) {
        int s = start + i;
        return s >= steps.length ? s - steps.length : s;
    }

    private void grow() {
        int capacity = (int) Math.min(maxRows, Math.max(INITIAL_ROWS, 2L * steps.length));
        long[] newSteps = new long[capacity];
        double[] newValues = new double[capacity * columns];
        for (int i = 0; i < size; i++) {
            int slot = slot(i);
            newSteps[i] = steps[slot];
            System.arraycopy(values, slot * columns, newValues, i * columns, columns);
        }
        steps = newSteps;
        values = newValues;
        start = 0;
    }

    @Override
    public String toString() {
        return "RowBuffer[rows=" + size + "/" + maxRows + ", columns=" + columns + "]";
    }
}
