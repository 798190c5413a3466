package org.gradflow.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.Series;
import org.gradflow.diagnostics.StepMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Training loss (series 0, its row means over a min..max band) and validation loss (series 1) on one decade log axis,
 * and validation accuracy on a second axis fixed to [0, 1] when the run measured it. Validation is measured only every
 * few steps, so its NaN rows (not measured) are left out and its points joined; the training loss leaves a gap where
 * it was not finite, and non-finite steps are marked.
 */
final class LossChart {
    private LossChart() {
    }

    /**
     * @param history a History with at least one step, not {@code null}
     * @param theme the theme, not {@code null}
     * @return the chart
     */
    static JFreeChart build(History history, Theme theme) {
        Objects.requireNonNull(theme, "theme");
        Series loss = SeriesReducer.reduce(history.stepSeries(StepMetric.LOSS), LayerTrendChart.MAX_POINTS);
        Series valLoss = measured(SeriesReducer.reduce(history.stepSeries(StepMetric.VAL_LOSS),
                LayerTrendChart.MAX_POINTS));
        Series valAccuracy = measured(SeriesReducer.reduce(history.stepSeries(StepMetric.VAL_ACCURACY),
                LayerTrendChart.MAX_POINTS));
        ValueSpan span = ValueSpan.positive();
        SeriesPoints.addTo(span, loss);
        SeriesPoints.addTo(span, valLoss);
        DecadeRange range = LogAxes.decadesOf(span);
        ValueSpan showable = ValueSpan.positive();
        IntervalSeries train = SeriesPoints.envelope("loss", loss, showable, range.lowerBound());
        IntervalSeries validation = SeriesPoints.envelope("validation loss", valLoss, showable, range.lowerBound());
        long first = HistoryInfo.firstStep(history);
        long last = history.lastStep();
        Color lossColor = Palette.viridis(theme == Theme.DARK ? 0.45 : 0.3);
        Color valColor = Palette.viridis(theme == Theme.DARK ? 0.85 : 0.7);
        BandRenderer renderer = new BandRenderer(0.2f, false);
        renderer.setSeriesPaint(0, lossColor, false);
        renderer.setSeriesStroke(0, new BasicStroke(2f), false);
        renderer.setSeriesPaint(1, valColor, false);
        renderer.setSeriesStroke(1, new BasicStroke(2f), false);
        renderer.setSeriesShapesVisible(1, true);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6), false);
        XYPlot plot = new XYPlot(new IntervalData(List.of(train, validation)), Axes.steps(first, last),
                LogAxes.axis("loss", range), renderer);
        plot.setRangeMinorGridlinesVisible(true);
        LegendItemCollection items = new LegendItemCollection();
        items.add(line("training loss (band: min..max per bucket)", lossColor, new BasicStroke(2f)));
        items.add(line("validation loss", valColor, new BasicStroke(2f)));
        if (valAccuracy.size() > 0) {
            BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {6f, 4f}, 0f);
            XYLineAndShapeRenderer accRenderer = new XYLineAndShapeRenderer(true, false);
            accRenderer.setSeriesPaint(0, theme.text(), false);
            accRenderer.setSeriesStroke(0, dashed, false);
            ValueSpan finite = ValueSpan.finite();
            plot.setDataset(1, new IntervalData(List.of(SeriesPoints.envelope("validation accuracy", valAccuracy,
                    finite, Double.NaN))));
            plot.setRangeAxis(1, Axes.fraction("validation accuracy"));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, accRenderer);
            items.add(line("validation accuracy (right axis)", theme.text(), dashed));
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        List<LegendItem> markers = EventMarkers.add(plot, history.events(), false, Layer.BACKGROUND,
                last - first + 1.0, theme);
        markers.forEach(items::add);
        plot.setFixedLegendItems(items);
        JFreeChart chart = Styler.chart(ChartKind.LOSS.title(), plot);
        if (valLoss.size() == 0) {
            Styler.subtitle(chart, "no validation measured");
        }
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        return Styler.apply(chart, theme);
    }

    /** @return the rows of {@code series} whose mean is not NaN, that is the rows where the value was measured */
    static Series measured(Series series) {
        int n = 0;
        for (int i = 0; i < series.size(); i++) {
            if (!Double.isNaN(series.mean(i)) || !Double.isNaN(series.max(i))) {
                n++;
            }
        }
        long[] start = new long[n];
        long[] end = new long[n];
        double[] min = new double[n];
        double[] max = new double[n];
        double[] mean = new double[n];
        double[] last = new double[n];
        int k = 0;
        for (int i = 0; i < series.size(); i++) {
            if (!Double.isNaN(series.mean(i)) || !Double.isNaN(series.max(i))) {
                start[k] = series.stepStart(i);
                end[k] = series.stepEnd(i);
                min[k] = series.min(i);
                max[k] = series.max(i);
                mean[k] = series.mean(i);
                last[k] = series.last(i);
                k++;
            }
        }
        return new Series(start, end, min, max, mean, last);
    }

    private static LegendItem line(String label, Color paint, BasicStroke stroke) {
        return new LegendItem(label, null, null, null, new Line2D.Double(-8, 0, 8, 0), stroke, paint);
    }
}
