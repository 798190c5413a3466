package org.gradflow.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * One per-layer metric over the steps: a line per layer (series k-1 is layer k, coloured from the input's end of
 * viridis to the output's) through the row means, over a light band from each row's min to its max, so summary buckets
 * of long runs show their true envelope. Values the axis cannot show (NaN, infinities, and on log axes zero and
 * negatives) leave gaps; the non-finite steps are marked from the History's events. Used for the gradient norms,
 * saturation, dead units and update ratio charts.
 */
final class LayerTrendChart {
    /** Most points per line: about one per pixel column of a wide export. */
    static final int MAX_POINTS = 2000;

    /**
     * What to draw.
     *
     * @param metric the per-layer metric, not {@code null}
     * @param title chart title, not {@code null}
     * @param axisLabel value axis label, not {@code null}
     * @param log whether the value axis is a decade log axis; otherwise it is the fraction axis [0, 1]
     * @param markClipped whether clipped steps are marked (gradient charts)
     * @param reference a value drawn as a dashed reference line, or NaN for none
     * @param referenceLabel legend text of the reference line, {@code null} when there is none
     * @param note a subtitle line explaining the metric, not {@code null}
     */
    record Spec(LayerMetric metric, String title, String axisLabel, boolean log, boolean markClipped,
                double reference, String referenceLabel, String note) {
        Spec {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(axisLabel, "axisLabel");
            Objects.requireNonNull(note, "note");
        }
    }

    private LayerTrendChart() {
    }

    /**
     * @param spec what to draw, not {@code null}
     * @param history a History with at least one step, not {@code null}
     * @param theme the theme, not {@code null}
     * @return the chart
     */
    static JFreeChart build(Spec spec, History history, Theme theme) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(theme, "theme");
        int layers = history.layerCount();
        List<Series> rows = new ArrayList<>(layers);
        ValueSpan span = spec.log() ? ValueSpan.positive() : ValueSpan.finite();
        for (int layer = 0; layer < layers; layer++) {
            Series s = SeriesReducer.reduce(history.layerSeries(layer, spec.metric()), MAX_POINTS);
            rows.add(s);
            SeriesPoints.addTo(span, s);
        }
        ValueAxis valueAxis;
        double floor;
        if (spec.log()) {
            DecadeRange range = LogAxes.decadesOf(span);
            valueAxis = LogAxes.axis(spec.axisLabel(), range);
            floor = range.lowerBound();
        } else {
            valueAxis = Axes.fraction(spec.axisLabel());
            floor = Double.NaN;
        }
        ValueSpan showable = spec.log() ? ValueSpan.positive() : ValueSpan.finite();
        List<IntervalSeries> series = new ArrayList<>(layers);
        List<Integer> empty = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            IntervalSeries points = SeriesPoints.envelope(LayerLegend.name(layer, layers), rows.get(layer), showable,
                    floor);
            series.add(points);
            if (allNaN(points.y())) {
                empty.add(layer + 1);
            }
        }
        long first = HistoryInfo.firstStep(history);
        long last = history.lastStep();
        XYPlot plot = new XYPlot(new IntervalData(series), Axes.steps(first, last), valueAxis, renderer(layers, theme));
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setRangeMinorGridlinesVisible(spec.log());
        List<LegendItem> extra = new ArrayList<>();
        if (!Double.isNaN(spec.reference())) {
            extra.add(reference(plot, spec, theme));
        }
        extra.addAll(EventMarkers.add(plot, history.events(), spec.markClipped(), Layer.BACKGROUND,
                last - first + 1.0, theme));
        JFreeChart chart = Styler.chart(spec.title(), plot);
        Styler.subtitle(chart, spec.note());
        if (!empty.isEmpty()) {
            Styler.subtitle(chart, "no finite values for " + HistoryInfo.layerList(empty, layers));
        }
        LayerLegend.add(chart, layers, extra, theme);
        return Styler.apply(chart, theme);
    }

    private static BandRenderer renderer(int layers, Theme theme) {
        BandRenderer renderer = new BandRenderer(0.18f, false);
        float width = layers <= LayerLegend.MAX_LAYER_ITEMS ? 2f : 1.2f;
        for (int layer = 0; layer < layers; layer++) {
            Color c = Palette.layer(layer, layers, theme);
            renderer.setSeriesPaint(layer, c, false);
            renderer.setSeriesStroke(layer, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
                    false);
        }
        return renderer;
    }

    private static LegendItem reference(XYPlot plot, Spec spec, Theme theme) {
        BasicStroke dashed = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
        ValueMarker marker = new ValueMarker(spec.reference(), theme.text(), dashed);
        EventMarkers.label(marker, spec.referenceLabel(), theme.text(), theme);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(marker, Layer.FOREGROUND);
        return new LegendItem(spec.referenceLabel(), null, null, null, new Line2D.Double(-8, 0, 8, 0),
                dashed, theme.text());
    }

    private static boolean allNaN(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }
}
