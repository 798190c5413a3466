package org.gradflow.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A per-column shift and scale of the inputs: {@code (value - mean) / std}. Fitted on the training rows only
 * (mean and population standard deviation); a column that is constant there (standard deviation 0, or below
 * {@code 1e-10 * |mean|} from rounding) keeps scale 1. Immutable.
 */
public final class Standardization {
    /** Relative spread below which a column counts as constant. */
    static final double CONSTANT_TOLERANCE = 1e-10;

    private final double[] means;
    private final double[] stds;

    private Standardization(double[] means, double[] stds) {
        this.means = means;
        this.stds = stds;
    }

    /**
     * @param width number of columns, at least 1
     * @return the standardisation that changes nothing (means 0, standard deviations 1)
     */
    public static Standardization identity(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, got " + width);
        }
        double[] ones = new double[width];
        Arrays.fill(ones, 1);
        return new Standardization(new double[width], ones);
    }

    /**
     * Fits means and population standard deviations (divisor n) over some rows.
     *
     * @param inputs row-major values, {@code width} per row, not {@code null}
     * @param width number of columns, at least 1
     * @param rows indices of the rows to fit on (the training rows), not {@code null}, at least one
     * @return the fitted standardisation
     */
    public static Standardization fit(double[] inputs, int width, int[] rows) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(rows, "rows");
        if (width < 1 || rows.length == 0) {
            throw new IllegalArgumentException("need width >= 1 and at least one row, got " + width + ", "
                    + rows.length);
        }
        double[] means = new double[width];
        for (int r : rows) {
            for (int c = 0; c < width; c++) {
                means[c] += inputs[r * width + c];
            }
        }
        for (int c = 0; c < width; c++) {
            means[c] /= rows.length;
        }
        double[] stds = new double[width];
        for (int r : rows) {
            for (int c = 0; c < width; c++) {
                double d = inputs[r * width + c] - means[c];
                stds[c] += d * d;
            }
        }
        for (int c = 0; c < width; c++) {
            double std = Math.sqrt(stds[c] / rows.length);
            stds[c] = std == 0 || std <= CONSTANT_TOLERANCE * Math.abs(means[c]) ? 1 : std;
        }
        return new Standardization(means, stds);
    }

    /** @return number of columns */
    public int width() {
        return means.length;
    }

    /** @return {@code (value - mean) / std} of {@code column} */
    public double apply(int column, double value) {
        return (value - means[column]) / stds[column];
    }

    /** @return a copy of the column means subtracted, in input units (0 when not standardising) */
    public double[] means() {
        return means.clone();
    }

    /** @return a copy of the column scales divided by, in input units, all positive (1 when not standardising) */
    public double[] stds() {
        return stds.clone();
    }
}
