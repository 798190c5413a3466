package org.gradflow.ui.dashboard;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Finds the data item nearest to the mouse on an XY chart, in screen distance, without the chart's entity collection
 * (live charts create no entities: making one per point per frame would cost more than drawing). Sorted series are
 * searched by bisection; XYZ datasets (heatmaps) by the cell under the mouse.
 */
final class PointFinder {
    /** A found item. */
    record Hit(int dataset, int series, int item, double x, double y, double z, double distance) {
    }

    private PointFinder() {
    }

    /**
     * @param plot the plot
     * @param area the plot's data area in canvas coordinates (from the last drawing)
     * @param px mouse x in canvas coordinates
     * @param py mouse y in canvas coordinates
     * @param maxDistance largest screen distance accepted, in pixels
     * @return the nearest item, or {@code null} when none is that close or the mouse is outside the data area
     */
    static Hit find(XYPlot plot, Rectangle2D area, double px, double py, double maxDistance) {
        if (area == null || !area.contains(px, py)) {
            return null;
        }
        ValueAxis xAxis = plot.getDomainAxis();
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        Hit best = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            ValueAxis yAxis = plot.getRangeAxisForDataset(d);
            RectangleEdge yEdge = plot.getRangeAxisEdge(plot.getRangeAxisIndex(yAxis));
            for (int s = 0; s < data.getSeriesCount(); s++) {
                int n = data.getItemCount(s);
                if (n == 0) {
                    continue;
                }
                if (data instanceof XYZDataset z) {
                    best = nearestCell(z, d, s, xAxis, yAxis, area, xEdge, yEdge, px, py, best, maxDistance);
                    continue;
                }
                int from = 0;
                int to = n - 1;
                if (data.getDomainOrder() == DomainOrder.ASCENDING && n > 8) {
                    double x = xAxis.java2DToValue(px, area, xEdge);
                    int i = lowerBound(data, s, x);
                    from = Math.max(0, i - 3);
                    to = Math.min(n - 1, i + 3);
                }
                for (int i = from; i <= to; i++) {
                    double x = data.getXValue(s, i);
                    double y = data.getYValue(s, i);
                    if (!Double.isFinite(x) || !Double.isFinite(y)) {
                        continue;
                    }
                    double sx = xAxis.valueToJava2D(x, area, xEdge);
                    double sy = yAxis.valueToJava2D(y, area, yEdge);
                    double dist = Math.hypot(sx - px, sy - py);
                    if (dist <= maxDistance && (best == null || dist < best.distance())) {
                        best = new Hit(d, s, i, x, y, Double.NaN, dist);
                    }
                }
            }
        }
        return best;
    }

    /**
     * For charts over the layers (x = layer number): the item of dataset 0 in the column under the mouse, wherever
     * in the column the mouse is.
     *
     * @return the item, or {@code null} outside the data area or between columns
     */
    static Hit column(XYPlot plot, Rectangle2D area, double px, double py) {
        XYDataset data = plot.getDataset(0);
        if (area == null || !area.contains(px, py) || data == null || data.getSeriesCount() == 0) {
            return null;
        }
        double x = plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
        long layer = Math.round(x);
        if (Math.abs(x - layer) > 0.45) {
            return null;
        }
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (data.getXValue(0, i) == layer) {
                return new Hit(0, 0, i, layer, data.getYValue(0, i), Double.NaN, 0);
            }
        }
        return null;
    }

    private static Hit nearestCell(XYZDataset z, int d, int s, ValueAxis xAxis, ValueAxis yAxis, Rectangle2D area,
                                   RectangleEdge xEdge, RectangleEdge yEdge, double px, double py, Hit best,
                                   double maxDistance) {
        Hit result = best;
        for (int i = 0; i < z.getItemCount(s); i++) {
            double sx = xAxis.valueToJava2D(z.getXValue(s, i), area, xEdge);
            double sy = yAxis.valueToJava2D(z.getYValue(s, i), area, yEdge);
            double dist = Math.hypot(sx - px, sy - py);
            if (dist <= maxDistance * 4 && (result == null || dist < result.distance())) {
                result = new Hit(d, s, i, z.getXValue(s, i), z.getYValue(s, i), z.getZValue(s, i), dist);
            }
        }
        return result;
    }

    /** @return the first item whose x is at least {@code x} (or the last item) */
    private static int lowerBound(XYDataset data, int s, double x) {
        int lo = 0;
        int hi = data.getItemCount(s) - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (data.getXValue(s, mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
