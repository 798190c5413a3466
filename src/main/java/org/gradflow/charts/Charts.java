package org.gradflow.charts;

import java.util.Objects;

import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.LayerMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Builds every GradFlow chart from a {@link History}, so the CLI and the GUI draw the same pictures. A chart depends
 * only on the History's content and the options (no clock, no randomness): building it twice, or from a History
 * saved and loaded again, gives identical drawings. Each call returns a new chart that the caller owns.
 * <p>
 * Building reads the History through its thread-safe queries, so training may go on meanwhile; a chart then reads its
 * series moments apart and one layer may show a step more than another. For an exactly consistent picture of a
 * running History, build from a copy: {@code History.fromState(history.state())}.
 */
public final class Charts {
    private Charts() {
    }

    /**
     * @param kind which chart, not {@code null}
     * @param history the run, not {@code null}; when it holds no steps the chart has no data and says so
     * @param options theme, step, layer and median window, not {@code null}
     * @return a new chart, never {@code null}
     * @throws IllegalArgumentException if a histogram chart's {@link ChartOptions#layer()} is not below the History's
     *         layer count
     */
    public static JFreeChart build(ChartKind kind, History history, ChartOptions options) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(options, "options");
        Theme theme = options.theme();
        if (history.layerCount() == 0) {
            return empty(kind, theme);
        }
        return switch (kind) {
            case GRADIENT_NORMS -> LayerTrendChart.build(new LayerTrendChart.Spec(LayerMetric.GRAD_NORM_W,
                    kind.title(), "||dL/dW|| (L2 norm of the weight gradient)", true, true, Double.NaN, null,
                    "lines: mean per step or bucket; light band: min..max in a bucket"), history, theme);
            case SATURATION -> LayerTrendChart.build(new LayerTrendChart.Spec(LayerMetric.SATURATION, kind.title(),
                    "fraction saturated", false, false, Double.NaN, null,
                    "share of (example, unit) pairs whose activation derivative is below 5% of its maximum"),
                    history, theme);
            case DEAD_UNITS -> LayerTrendChart.build(new LayerTrendChart.Spec(LayerMetric.DEAD_FRACTION,
                    kind.title(), "fraction of units dead", false, false, Double.NaN, null,
                    "share of units whose output is 0 (ReLU) or input negative (leaky ReLU) for the whole batch"),
                    history, theme);
            case UPDATE_RATIO -> LayerTrendChart.build(new LayerTrendChart.Spec(LayerMetric.UPDATE_RATIO,
                    kind.title(), "||update of W|| / ||W||", true, true, 1e-3, "1e-3 (rule of thumb)",
                    "far below 1e-3: the layer barely learns; far above: updates too large"), history, theme);
            case GRADIENT_FLOW -> GradientFlowChart.build(history, options);
            case GRADIENT_HEATMAP -> GradientHeatmapChart.build(history, theme);
            case ACTIVATIONS -> ActivationChart.build(history, options);
            case LOSS -> LossChart.build(history, theme);
            case GRADIENT_HISTOGRAMS -> HistogramChart.build(history, options.layer(), true, theme);
            case ACTIVATION_HISTOGRAMS -> HistogramChart.build(history, options.layer(), false, theme);
        };
    }

    private static JFreeChart empty(ChartKind kind, Theme theme) {
        XYPlot plot = new XYPlot(null, new NumberAxis("step"), new NumberAxis(), new XYLineAndShapeRenderer());
        plot.setNoDataMessage("no steps recorded yet");
        plot.setNoDataMessageFont(Styler.LABEL);
        plot.setNoDataMessagePaint(theme.text());
        JFreeChart chart = Styler.chart(kind.title(), plot);
        return Styler.apply(chart, theme);
    }
}
