package org.gradflow.ui.dashboard;

import org.gradflow.ui.train.Numbers;
import org.gradflow.charts.ChartKind;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/** The tooltip text of a chart point (step, layer and value) and the layer a click on it selects. */
final class PointText {
    private PointText() {
    }

    /**
     * @param kind the chart's kind
     * @param plot its plot
     * @param hit the point under the mouse
     * @return several lines, for example "layer 3\nstep 1,200\n||dL/dW||: 2.345e-05"
     */
    static String describe(ChartKind kind, XYPlot plot, PointFinder.Hit hit) {
        XYDataset data = plot.getDataset(hit.dataset());
        String key = String.valueOf(data.getSeriesKey(hit.series()));
        String value = plot.getRangeAxisForDataset(hit.dataset()).getLabel();
        return switch (kind) {
            case GRADIENT_FLOW -> "layer " + layerNumber(hit.x()) + "\n"
                    + (hit.dataset() == 0 ? "||dL/dW||: " : "median of recent steps: ") + Numbers.format(hit.y());
            case ACTIVATIONS -> "layer " + layerNumber(hit.x()) + "\nmean " + Numbers.format(hit.y()) + " ± "
                    + Numbers.format(spread(data, hit)) + " (1 std)";
            case GRADIENT_HEATMAP -> "step ≈ " + Numbers.count(Math.round(hit.x())) + "\nlayer "
                    + layerNumber(hit.y()) + "\n||dL/dW|| ≈ " + (Double.isNaN(hit.z()) ? "NaN/Inf"
                    : Numbers.format(Math.pow(10, hit.z())));
            case GRADIENT_HISTOGRAMS, ACTIVATION_HISTOGRAMS -> "step ≈ " + Numbers.count(Math.round(hit.x()))
                    + "\n" + value + ": " + Numbers.format(hit.y()) + "\nshare: " + Numbers.format(hit.z());
            default -> key + "\n" + steps(data, hit) + "\n" + value + ": " + Numbers.format(hit.y());
        };
    }

    /**
     * @return the 0-based layer a click on {@code hit} selects, or -1 when the point belongs to no single layer
     */
    static int layerOf(ChartKind kind, PointFinder.Hit hit) {
        if (LayerHighlight.perLayerLines(kind) && hit.dataset() == 0) {
            return hit.series();
        }
        return switch (kind) {
            case GRADIENT_FLOW, ACTIVATIONS -> (int) Math.round(hit.x()) - 1;
            case GRADIENT_HEATMAP -> (int) Math.round(hit.y()) - 1;
            default -> -1;
        };
    }

    private static long layerNumber(double x) {
        return Math.round(x);
    }

    private static String steps(XYDataset data, PointFinder.Hit hit) {
        if (data instanceof IntervalXYDataset d) {
            double a = d.getStartXValue(hit.series(), hit.item());
            double b = d.getEndXValue(hit.series(), hit.item());
            if (b - a >= 1) {
                return "steps " + Numbers.count(Math.round(Math.ceil(a))) + "–" + Numbers.count(Math.round(Math.floor(b)))
                        + " (mean)";
            }
        }
        return "step " + Numbers.count(Math.round(hit.x()));
    }

    private static double spread(XYDataset data, PointFinder.Hit hit) {
        if (data instanceof IntervalXYDataset d) {
            return (d.getEndYValue(hit.series(), hit.item()) - d.getStartYValue(hit.series(), hit.item())) / 2;
        }
        return Double.NaN;
    }
}
