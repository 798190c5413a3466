package org.gradflow.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * log10 ||dL/dW|| as colour over layer (y, 1 = input at the bottom) and step (x): vanishing gradients show as a dark
 * band toward the input, exploding ones as a bright band. The colour scale spans the data's decades
 * ({@link LogAxes#decades}); a zero norm gets the darkest colour, a non-finite one the theme's non-finite colour, and
 * non-finite and clipped steps are marked over the map. Long runs are spread onto at most
 * {@value StepGrid#MAX_COLUMNS} even columns, each the overlap-weighted mean of the log10 of the row means it covers.
 */
final class GradientHeatmapChart {
    private GradientHeatmapChart() {
    }

    /**
     * @param history a History with at least one step, not {@code null}
     * @param theme the theme, not {@code null}
     * @return the chart
     */
    static JFreeChart build(History history, Theme theme) {
        Objects.requireNonNull(theme, "theme");
        int layers = history.layerCount();
        long first = HistoryInfo.firstStep(history);
        long last = history.lastStep();
        List<Series> rows = new ArrayList<>(layers);
        ValueSpan span = ValueSpan.positive();
        for (int layer = 0; layer < layers; layer++) {
            Series s = history.layerSeries(layer, LayerMetric.GRAD_NORM_W);
            rows.add(s);
            for (int i = 0; i < s.size(); i++) {
                span.add(s.mean(i));
            }
        }
        DecadeRange range = LogAxes.decadesOf(span);
        StepGrid grid = new StepGrid(first, last, StepGrid.MAX_COLUMNS);
        int cells = grid.columns() * layers;
        double[] xs = new double[cells];
        double[] ys = new double[cells];
        double[] zs = new double[cells];
        int n = 0;
        for (int layer = 0; layer < layers; layer++) {
            Series s = rows.get(layer);
            StepGrid.Row row = grid.row();
            for (int i = 0; i < s.size(); i++) {
                row.add(s.stepStart(i), s.stepEnd(i), logOf(s.mean(i), s.max(i), range));
            }
            for (int c = 0; c < grid.columns(); c++) {
                if (row.covered(c)) {
                    xs[n] = grid.center(c);
                    ys[n] = layer + 1;
                    zs[n] = row.value(c);
                    n++;
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("log10 ||dL/dW||", new double[][] {Arrays.copyOf(xs, n),
            Arrays.copyOf(ys, n), Arrays.copyOf(zs, n)});
        HeatScale scale = new HeatScale(range.low(), range.high(), theme.nonFinite());
        XYPlot plot = new XYPlot(data, Axes.steps(first, last), Axes.layers(layers),
                HeatmapParts.renderer(scale, grid.width(), 1.0));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        List<LegendItem> legend = EventMarkers.add(plot, history.events(), true, Layer.FOREGROUND,
                last - first + 1.0, theme);
        JFreeChart chart = Styler.chart(ChartKind.GRADIENT_HEATMAP.title(), plot);
        Styler.subtitle(chart, "colour = log10 ||dL/dW||; a dark band toward layer 1 means vanishing gradients");
        HeatmapParts.colourBar(chart, scale, Axes.exponents("||dL/dW||", range));
        HeatmapParts.legend(chart, legend);
        return Styler.apply(chart, theme);
    }

    /**
     * @return log10 of a row mean for the colour scale: the scale's bottom for 0 (and negatives, which a norm cannot
     *         be), NaN when the row held a non-finite value (mean NaN or max infinite)
     */
    private static double logOf(double mean, double max, DecadeRange range) {
        if (!Double.isFinite(mean) || !Double.isFinite(max)) {
            return Double.NaN;
        }
        return mean > 0 ? Math.log10(mean) : range.low();
    }
}
