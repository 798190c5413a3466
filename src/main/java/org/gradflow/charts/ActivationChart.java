package org.gradflow.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Mean of each layer's activation output at one step (points joined across layers) with error bars of plus and minus
 * one standard deviation: saturating sigmoid/tanh layers show means pinned near the bounds, collapsing layers a
 * shrinking spread. Layers flagged non-finite at the step (in their activations, gradients or weights) get a red
 * line; their point is drawn only when its mean and standard deviation are finite.
 * The value axis is linear, rounded out to halves and always includes 0.
 */
final class ActivationChart {
    private ActivationChart() {
    }

    /**
     * @param history a History with at least one step, not {@code null}
     * @param options the step, not {@code null}
     * @return the chart
     */
    static JFreeChart build(History history, ChartOptions options) {
        Objects.requireNonNull(options, "options");
        Theme theme = options.theme();
        int layers = history.layerCount();
        long step = HistoryInfo.chosenStep(history, options.step());
        double[] x = new double[layers];
        double[] mean = new double[layers];
        double[] low = new double[layers];
        double[] high = new double[layers];
        List<Integer> nonFinite = new ArrayList<>();
        ValueSpan span = ValueSpan.finite();
        span.add(0);
        long rowStart = step;
        long rowEnd = step;
        for (int layer = 0; layer < layers; layer++) {
            Series means = history.layerSeries(layer, LayerMetric.ACT_MEAN);
            Series stds = history.layerSeries(layer, LayerMetric.ACT_STD);
            Series flags = history.layerSeries(layer, LayerMetric.NON_FINITE);
            int r = SeriesPoints.rowAt(means, step);
            rowStart = means.stepStart(r);
            rowEnd = means.stepEnd(r);
            x[layer] = layer + 1;
            double m = means.mean(r);
            double s = stds.mean(r);
            boolean finite = Double.isFinite(m) && Double.isFinite(s) && Double.isFinite(means.max(r))
                    && Double.isFinite(stds.max(r));
            mean[layer] = finite ? m : Double.NaN;
            low[layer] = finite ? m - s : Double.NaN;
            high[layer] = finite ? m + s : Double.NaN;
            span.add(low[layer]);
            span.add(high[layer]);
            if (!finite || flags.max(r) > 0) {
                nonFinite.add(layer + 1);
            }
        }
        double lower = Math.floor(span.min() * 2) / 2;
        double upper = Math.ceil(span.max() * 2) / 2;
        if (upper - lower < 1) {
            upper = lower + 1;
        }
        Color color = Palette.viridis(theme == Theme.DARK ? 0.55 : 0.35);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(true);
        renderer.setCapLength(10);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        renderer.setSeriesPaint(0, color, false);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f), false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8), false);
        String at = rowStart == rowEnd ? "step " + rowStart : "steps " + rowStart + "-" + rowEnd + " (bucket mean)";
        IntervalSeries points = IntervalSeries.band("activation mean at " + at, x, mean, low, high);
        XYPlot plot = new XYPlot(new IntervalData(List.of(points)), Axes.layers(layers),
                Axes.linear("activation output", lower, upper), renderer);
        plot.setDomainGridlinesVisible(false);
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("mean, error bars +- 1 standard deviation", null, null, null,
                new Line2D.Double(-8, 0, 8, 0), new BasicStroke(1.5f), color));
        for (int i = 0; i < nonFinite.size(); i++) {
            EventMarkers.markValue(plot, nonFinite.get(i), i == 0 ? "non-finite" : null, theme);
        }
        if (!nonFinite.isEmpty()) {
            items.add(EventMarkers.item("non-finite value in the layer", theme.nonFinite()));
        }
        plot.setFixedLegendItems(items);
        JFreeChart chart = Styler.chart(ChartKind.ACTIVATIONS.title() + " at " + at, plot);
        if (!nonFinite.isEmpty()) {
            Styler.subtitle(chart, "non-finite values in " + HistoryInfo.layerList(nonFinite, layers));
        }
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        return Styler.apply(chart, theme);
    }
}
