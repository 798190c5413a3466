package org.gradflow.ui.dashboard;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import org.gradflow.charts.LogAxes;
import org.gradflow.charts.Palette;
import org.gradflow.charts.Theme;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * The inspector's small chart of one layer over the steps: weight-gradient norm, backpropagated signal norm and
 * update:weight ratio on one log axis. Built from the History when a layer is selected, then appended to live.
 * JavaFX thread only.
 */
final class LayerTimeline {
    /** The metrics drawn, in series order. */
    static final List<LayerMetric> METRICS = List.of(LayerMetric.GRAD_NORM_W, LayerMetric.SIGNAL_NORM,
            LayerMetric.UPDATE_RATIO);
    private static final List<String> NAMES = List.of("||dL/dW||", "||dL/dz|| (signal)", "update / weight");
    private static final int MAX_ITEMS = 400;

    private final int layer;
    private final LiveBandDataset data = new LiveBandDataset(MAX_ITEMS);
    private final JFreeChart chart;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double last;

    /**
     * @param history the run, not {@code null}; layer must be below its layer count
     * @param layer 0-based
     * @param theme colours
     */
    LayerTimeline(History history, int layer, Theme theme) {
        this.layer = layer;
        for (int m = 0; m < METRICS.size(); m++) {
            data.addSeries(NAMES.get(m));
            Series s = history.layerSeries(layer, METRICS.get(m));
            int stride = Math.max(1, s.size() / MAX_ITEMS);
            for (int i = 0; i < s.size(); i += stride) {
                add(m, (s.stepStart(i) + s.stepEnd(i)) / 2.0, s.mean(i));
            }
        }
        NumberAxis steps = new NumberAxis("step");
        steps.setAutoRangeIncludesZero(false);
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LogAxis values = LogAxes.axis("value", LogAxes.DEFAULT);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDefaultCreateEntities(false, false);
        for (int m = 0; m < METRICS.size(); m++) {
            renderer.setSeriesPaint(m, Palette.viridis(theme.paletteStart() + (0.15 + 0.35 * m)
                    * (theme.paletteEnd() - theme.paletteStart())), false);
            renderer.setSeriesStroke(m, new BasicStroke(1.8f), false);
        }
        XYPlot plot = new XYPlot(data, steps, values, renderer);
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        for (var axis : new org.jfree.chart.axis.ValueAxis[] {steps, values}) {
            axis.setLabelPaint(theme.text());
            axis.setTickLabelPaint(theme.text());
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        }
        chart = new JFreeChart(null, null, plot, false);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemPaint(theme.text());
        legend.setBackgroundPaint(theme.background());
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.addLegend(legend);
        chart.setBackgroundPaint(theme.background());
        fitAxes();
    }

    JFreeChart chart() {
        return chart;
    }

    /** Appends the steps' values of this layer without redrawing; @return whether anything was added */
    boolean accept(List<StepStats> steps) {
        boolean changed = false;
        for (StepStats s : steps) {
            if (layer >= s.layers().size() || s.step() <= last) {
                continue;
            }
            LayerStats l = s.layers().get(layer);
            for (int m = 0; m < METRICS.size(); m++) {
                add(m, s.step(), METRICS.get(m).of(l));
            }
            changed = true;
        }
        return changed;
    }

    /** Redraws with the appended values. */
    void publish() {
        chart.setNotify(false);
        fitAxes();
        data.publish();
        chart.setNotify(true);
    }

    private void add(int series, double x, double v) {
        boolean shown = Double.isFinite(v) && v > 0;
        double y = shown ? v : Double.NaN;
        if (x <= data.lastX(series)) {
            return;
        }
        data.append(series, x, y, y, y);
        if (shown) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        last = Math.max(last, x);
    }

    private void fitAxes() {
        XYPlot plot = chart.getXYPlot();
        if (min <= max) {
            var r = LogAxes.decades(min, max);
            LogAxis axis = (LogAxis) plot.getRangeAxis();
            axis.setSmallestValue(r.lowerBound());
            axis.setRange(new Range(r.lowerBound(), r.upperBound()), true, false);
        }
        if (last >= 1) {
            plot.getDomainAxis().setRange(new Range(0.5, Math.max(1.5, last + 0.5)), true, false);
        }
    }
}
