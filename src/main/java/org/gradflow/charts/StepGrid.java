package org.gradflow.charts;

/**
 * Even columns over the steps, for heatmaps: XYBlockRenderer draws blocks of one width, while History rows and
 * histogram snapshots cover steps of varying widths. Values are spread onto the columns by overlap: a column's value is
 * the overlap-weighted mean of the values of the step ranges that cover it, and a column touched by a non-finite
 * value is flagged. Step s covers the x interval [s - 0.5, s + 0.5).
 */
final class StepGrid {
    /** Most columns: about one per pixel column of a wide export. */
    static final int MAX_COLUMNS = 1000;

    private final double start;
    private final double width;
    private final int columns;

    /**
     * @param firstStep first step shown
     * @param lastStep last step shown, at least {@code firstStep}
     * @param maxColumns most columns, at least 1; fewer when there are fewer steps
     */
    StepGrid(long firstStep, long lastStep, int maxColumns) {
        if (lastStep < firstStep || maxColumns < 1) {
            throw new IllegalArgumentException("invalid grid over steps " + firstStep + ".." + lastStep + " with "
                    + maxColumns + " columns");
        }
        double steps = lastStep - firstStep + 1.0;
        this.columns = (int) Math.min(maxColumns, steps);
        this.start = firstStep - 0.5;
        this.width = steps / columns;
    }

    /** @return number of columns */
    int columns() {
        return columns;
    }

    /** @return width of a column in steps, at least 1 */
    double width() {
        return width;
    }

    /** @return x (in steps) of the middle of column {@code c} */
    double center(int c) {
        return start + (c + 0.5) * width;
    }

    /** Accumulates values of one grid row (one layer, or one histogram bin). */
    final class Row {
        private final double[] sum = new double[columns];
        private final double[] weight = new double[columns];
        private final boolean[] bad = new boolean[columns];

        /**
         * Spreads {@code value} over the steps {@code fromStep..toStep}.
         *
         * @param fromStep first step covered
         * @param toStep last step covered, at least {@code fromStep}
         * @param value the value; NaN or infinite flags the columns covered as non-finite
         */
        void add(double fromStep, double toStep, double value) {
            double lo = fromStep - 0.5;
            double hi = toStep + 0.5;
            int c0 = Math.max(0, (int) Math.floor((lo - start) / width));
            int c1 = Math.min(columns - 1, (int) Math.floor((hi - start) / width));
            for (int c = c0; c <= c1; c++) {
                double colLo = start + c * width;
                double overlap = Math.min(hi, colLo + width) - Math.max(lo, colLo);
                if (overlap <= 0) {
                    continue;
                }
                if (Double.isFinite(value)) {
                    sum[c] += overlap * value;
                    weight[c] += overlap;
                } else {
                    bad[c] = true;
                }
            }
        }

        /** @return whether column {@code c} got any value, finite or not */
        boolean covered(int c) {
            return bad[c] || weight[c] > 0;
        }

        /** @return the column's value: NaN when flagged non-finite or not covered */
        double value(int c) {
            return bad[c] || weight[c] == 0 ? Double.NaN : sum[c] / weight[c];
        }

        /** @return whether column {@code c} was flagged non-finite */
        boolean nonFinite(int c) {
            return bad[c];
        }
    }

    /** @return a new, empty row on this grid */
    Row row() {
        return new Row();
    }
}
