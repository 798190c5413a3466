package org.gradflow.diagnostics;

/** Fills the arrays of a {@link Series} of a known number of rows, row by row in step order. */
final class SeriesBuilder {
    private final long[] stepStart;
    private final long[] stepEnd;
    private final double[] min;
    private final double[] max;
    private final double[] mean;
    private final double[] last;
    private int size;

    SeriesBuilder(int rows) {
        stepStart = new long[rows];
        stepEnd = new long[rows];
        min = new double[rows];
        max = new double[rows];
        mean = new double[rows];
        last = new double[rows];
    }

    /** Adds a full-resolution row: one step, one value. */
    void addPoint(long step, double value) {
        addRow(step, step, value, value, value, value);
    }

    /** Adds a summary row. */
    void addRow(long first, long lastStep, double minValue, double maxValue, double meanValue, double lastValue) {
        stepStart[size] = first;
        stepEnd[size] = lastStep;
        min[size] = minValue;
        max[size] = maxValue;
        mean[size] = meanValue;
        last[size] = lastValue;
        size++;
    }

    /** @return the series; every row must have been added */
    Series build() {
        if (size != stepStart.length) {
            throw new IllegalStateException("filled " + size + " of " + stepStart.length + " rows");
        }
        return new Series(stepStart, stepEnd, min, max, mean, last);
    }
}
