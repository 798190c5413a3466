package org.gradflow.ui.dashboard;

import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Merges the columns of a block heatmap (the gradient heatmap, the histogram charts) for the dashboard: the chart
 * builders make up to 1,000 columns for sharp exports, and a canvas redraws every block as its own rectangle, so a
 * quarter-screen cell is drawn with at most {@code maxColumns} columns, each the mean of the columns it covers (NaN,
 * which marks non-finite values, wins). Exports are built afresh at full resolution.
 */
final class BlockThinning {
    private BlockThinning() {
    }

    /**
     * @param chart a chart whose dataset 0 is an XYZ dataset drawn by an {@link XYBlockRenderer}; others are left
     *        alone
     * @param maxColumns most columns kept, at least 1
     */
    static void thin(JFreeChart chart, int maxColumns) {
        XYPlot plot = chart.getXYPlot();
        if (!(plot.getDataset(0) instanceof XYZDataset data) || !(plot.getRenderer(0) instanceof XYBlockRenderer r)
                || data.getSeriesCount() != 1) {
            return;
        }
        int n = data.getItemCount(0);
        double width = r.getBlockWidth();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            xMin = Math.min(xMin, data.getXValue(0, i));
            xMax = Math.max(xMax, data.getXValue(0, i));
        }
        if (n == 0 || !(width > 0) || (xMax - xMin) / width + 1 <= maxColumns) {
            return;
        }
        double start = xMin - width / 2;
        double newWidth = (xMax - xMin + width) / maxColumns;
        Map<Long, double[]> cells = new HashMap<>();
        Map<Double, Integer> rows = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double y = data.getYValue(0, i);
            int row = rows.computeIfAbsent(y, k -> rows.size());
            int column = Math.min(maxColumns - 1, (int) ((data.getXValue(0, i) - start) / newWidth));
            double[] cell = cells.computeIfAbsent(((long) row << 32) | column, k -> new double[] {y, 0, 0, 0});
            double z = data.getZValue(0, i);
            if (Double.isNaN(z)) {
                cell[3] = 1;
            } else {
                cell[1] += z;
                cell[2]++;
            }
        }
        double[][] out = new double[3][cells.size()];
        int k = 0;
        for (Map.Entry<Long, double[]> e : cells.entrySet()) {
            int column = (int) (e.getKey() & 0xFFFFFFFFL);
            double[] cell = e.getValue();
            out[0][k] = start + (column + 0.5) * newWidth;
            out[1][k] = cell[0];
            out[2][k] = cell[3] > 0 || cell[2] == 0 ? Double.NaN : cell[1] / cell[2];
            k++;
        }
        DefaultXYZDataset thinned = new DefaultXYZDataset();
        thinned.addSeries(data.getSeriesKey(0), out);
        r.setBlockWidth(newWidth);
        plot.setDataset(0, thinned);
    }
}
