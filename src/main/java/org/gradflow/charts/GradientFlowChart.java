package org.gradflow.charts;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The gradient-flow profile: ||dL/dW|| of every layer at one step as bars on a decade log axis (vanishing gradients
 * show as bars shrinking toward layer 1, exploding ones as bars growing), with the median of the last
 * {@link ChartOptions#medianWindow()} recorded rows up to that step as a line over the band between their 25th and
 * 75th percentiles, so one noisy step is told apart from a trend. The quantiles are taken of log10 of the values (the
 * scale they are drawn on), so they interpolate geometrically. A layer whose value at the step was non-finite gets
 * no bar but a red line; its non-finite rows are left out of the median.
 */
final class GradientFlowChart {
    private static final double BAR_HALF_WIDTH = 0.38;

    private GradientFlowChart() {
    }

    /**
     * @param history a History with at least one step, not {@code null}
     * @param options the step and the median window, not {@code null}
     * @return the chart
     */
    static JFreeChart build(History history, ChartOptions options) {
        Objects.requireNonNull(options, "options");
        Theme theme = options.theme();
        int layers = history.layerCount();
        long step = HistoryInfo.chosenStep(history, options.step());
        double[] x = new double[layers];
        double[] value = new double[layers];
        double[] median = new double[layers];
        double[] q1 = new double[layers];
        double[] q3 = new double[layers];
        List<Integer> nonFinite = new ArrayList<>();
        ValueSpan span = ValueSpan.positive();
        long rowStart = step;
        long rowEnd = step;
        long windowStart = step;
        int windowRows = 1;
        for (int layer = 0; layer < layers; layer++) {
            Series s = history.layerSeries(layer, LayerMetric.GRAD_NORM_W);
            Series flags = history.layerSeries(layer, LayerMetric.NON_FINITE);
            int r = SeriesPoints.rowAt(s, step);
            x[layer] = layer + 1;
            value[layer] = span.accepts(s.mean(r)) ? s.mean(r) : Double.NaN;
            if (flags.max(r) > 0) {
                nonFinite.add(layer + 1);
            }
            int from = Math.max(0, r - options.medianWindow() + 1);
            double[] logs = new double[r - from + 1];
            int count = 0;
            for (int i = from; i <= r; i++) {
                if (span.accepts(s.mean(i)) && !(flags.max(i) > 0)) {
                    logs[count++] = Math.log10(s.mean(i));
                }
            }
            double[] sorted = Quantiles.sorted(logs, count);
            median[layer] = Math.pow(10, Quantiles.of(sorted, 0.5));
            q1[layer] = Math.pow(10, Quantiles.of(sorted, 0.25));
            q3[layer] = Math.pow(10, Quantiles.of(sorted, 0.75));
            windowRows = r - from + 1;
            span.add(value[layer]);
            span.add(q1[layer]);
            span.add(q3[layer]);
            rowStart = s.stepStart(r);
            rowEnd = s.stepEnd(r);
            windowStart = s.stepStart(from);
        }
        DecadeRange range = LogAxes.decadesOf(span);
        double[] barLow = new double[layers];
        double[] xLow = new double[layers];
        double[] xHigh = new double[layers];
        for (int layer = 0; layer < layers; layer++) {
            barLow[layer] = Double.isNaN(value[layer]) ? Double.NaN : range.lowerBound();
            xLow[layer] = x[layer] - BAR_HALF_WIDTH;
            xHigh[layer] = x[layer] + BAR_HALF_WIDTH;
        }
        String at = rowStart == rowEnd ? "step " + rowStart : "steps " + rowStart + "-" + rowEnd + " (bucket mean)";
        IntervalSeries bars = new IntervalSeries("||dL/dW|| at " + at, x, xLow, xHigh, value, barLow, value);
        IntervalSeries band = IntervalSeries.band("median", x, median, q1, q3);
        XYPlot plot = new XYPlot(new IntervalData(List.of(bars)), Axes.layers(layers),
                LogAxes.axis("||dL/dW|| (L2 norm of the weight gradient)", range), new LayerBarRenderer(layers, theme));
        BandRenderer bandRenderer = new BandRenderer(0.22f, true);
        bandRenderer.setSeriesPaint(0, theme.text(), false);
        bandRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f, 4f}, 0f), false);
        plot.setDataset(1, new IntervalData(List.of(band)));
        plot.setRenderer(1, bandRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setRangeMinorGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        LegendItemCollection items = new LegendItemCollection();
        items.add(EventMarkers.item("||dL/dW|| at " + at, Palette.layer(layers / 2, layers, theme)));
        String window = windowRows == 1 ? "that row" : "the " + windowRows + " rows up to it";
        items.add(new LegendItem("median of " + window + " (steps " + windowStart + "-" + rowEnd + ")", null, null,
                null, new Line2D.Double(-8, 0, 8, 0),
                bandRenderer.getSeriesStroke(0), theme.text()));
        items.add(EventMarkers.item("25th to 75th percentile of those rows", Palette.withAlpha(theme.text(), 0.22)));
        for (int i = 0; i < nonFinite.size(); i++) {
            EventMarkers.markValue(plot, nonFinite.get(i), i == 0 ? "non-finite" : null, theme);
        }
        if (!nonFinite.isEmpty()) {
            items.add(EventMarkers.item("non-finite value in the layer", theme.nonFinite()));
        }
        plot.setFixedLegendItems(items);
        JFreeChart chart = Styler.chart(ChartKind.GRADIENT_FLOW.title() + " at " + at, plot);
        Styler.subtitle(chart, "vanishing gradients: bars shrink toward layer 1; exploding: bars grow");
        if (!nonFinite.isEmpty()) {
            Styler.subtitle(chart, "non-finite values in " + HistoryInfo.layerList(nonFinite, layers));
        }
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        return Styler.apply(chart, theme);
    }
}
