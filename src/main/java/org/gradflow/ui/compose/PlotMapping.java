package org.gradflow.ui.compose;

import org.gradflow.run.BoundaryGrid;

/**
 * Maps data coordinates to pixels for the scatter plot: x grows to the right, y grows upwards. The data range is
 * the decision-boundary grid's range when there is one, else the points' range padded by 5%; an empty or
 * zero-width range is widened to +-1 around its centre.
 */
final class PlotMapping {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final double left;
    private final double top;
    private final double width;
    private final double height;

    private PlotMapping(double[] range, double left, double top, double width, double height) {
        this.xMin = range[0];
        this.xMax = range[1];
        this.yMin = range[2];
        this.yMax = range[3];
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
    }

    /**
     * @param xs x of the points, not {@code null} (may be empty)
     * @param ys y of the points, same length
     * @param grid the boundary grid, or {@code null}
     * @param left left edge of the plot area in pixels
     * @param top top edge in pixels
     * @param width plot area width in pixels
     * @param height plot area height in pixels
     */
    static PlotMapping of(double[] xs, double[] ys, BoundaryGrid grid, double left, double top, double width, double height) {
        double[] range = grid != null
                ? new double[] {grid.xMin(), grid.xMax(), grid.yMin(), grid.yMax()}
                : padded(xs, ys);
        widen(range, 0);
        widen(range, 2);
        return new PlotMapping(range, left, top, width, height);
    }

    private static double[] padded(double[] xs, double[] ys) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                r[0] = Math.min(r[0], xs[i]);
                r[1] = Math.max(r[1], xs[i]);
                r[2] = Math.min(r[2], ys[i]);
                r[3] = Math.max(r[3], ys[i]);
            }
        }
        for (int k = 0; k < 4; k += 2) {
            if (r[k] <= r[k + 1]) {
                double pad = 0.05 * (r[k + 1] - r[k]);
                r[k] -= pad;
                r[k + 1] += pad;
            }
        }
        return r;
    }

    private static void widen(double[] r, int k) {
        if (!(r[k] < r[k + 1])) {
            double c = Double.isFinite(r[k]) ? r[k] : 0;
            r[k] = c - 1;
            r[k + 1] = c + 1;
        }
    }

    /** @return whether {@code other} maps every point to the same pixel (same ranges and plot area) */
    boolean sameAs(PlotMapping other) {
        return other != null && xMin == other.xMin && xMax == other.xMax && yMin == other.yMin && yMax == other.yMax
                && left == other.left && top == other.top && width == other.width && height == other.height;
    }

    /** @return the pixel x of data x */
    double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    /** @return the pixel y of data y (larger y is higher up) */
    double py(double y) {
        return top + (yMax - y) / (yMax - yMin) * height;
    }

    double xMin() {
        return xMin;
    }

    double xMax() {
        return xMax;
    }

    double yMin() {
        return yMin;
    }

    double yMax() {
        return yMax;
    }
}
