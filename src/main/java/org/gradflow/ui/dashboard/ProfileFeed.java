package org.gradflow.ui.dashboard;

import java.util.Locale;
import java.util.Objects;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;

/**
 * Feeds the charts of one moment over the layers: the gradient-flow profile (a bar per layer) and the activation
 * statistics (mean +- standard deviation per layer). Each publish shows the latest step's values; the flow chart's
 * median band, once the feed has seen {@link ChartOptions#DEFAULT_MEDIAN_WINDOW} steps, is that of the last as many
 * steps up to the one shown ({@link RecentMedians}), until then the band of the rows the chart was built from. The
 * non-finite markers come from a rebuild every few seconds.
 */
final class ProfileFeed implements ChartFeed {
    /** Rebuild interval, for the non-finite markers (and the median band until a window of steps arrived). */
    static final long EVERY_NANOS = 6_000_000_000L;

    private final ChartKind kind;
    private JFreeChart chart;
    private LiveBandDataset data;
    private StepStats latest;
    private long shownStep;
    /** The flow chart's band (dataset 1), live; {@code null} for the activation chart or an empty chart. */
    private LiveBandDataset band;
    private RecentMedians medians;

    /** @param kind {@link ChartKind#GRADIENT_FLOW} or {@link ChartKind#ACTIVATIONS} */
    ProfileFeed(ChartKind kind) {
        if (kind != ChartKind.GRADIENT_FLOW && kind != ChartKind.ACTIVATIONS) {
            throw new IllegalArgumentException("not a profile chart: " + kind);
        }
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public void adopt(JFreeChart built, boolean bands) {
        chart = built;
        data = null;
        latest = null;
        XYPlot plot = built.getXYPlot();
        if (plot.getDataset(0) instanceof IntervalXYDataset source && source.getSeriesCount() > 0) {
            data = LiveBandDataset.copyOf(source, Math.max(4, source.getItemCount(0)));
            plot.setDataset(0, data);
        }
        band = null;
        medians = null;
        if (kind == ChartKind.GRADIENT_FLOW && data != null && plot.getDataset(1) instanceof IntervalXYDataset b
                && b.getSeriesCount() == 1 && b.getItemCount(0) == data.getItemCount(0)) {
            band = LiveBandDataset.copyOf(b, Math.max(4, b.getItemCount(0)));
            plot.setDataset(1, band);
            medians = new RecentMedians(data.getItemCount(0), ChartOptions.DEFAULT_MEDIAN_WINDOW);
        }
        shownStep = -1;
    }

    @Override
    public boolean accept(StepStats stats) {
        if (data == null || stats.layers().size() != data.getItemCount(0)) {
            return false;
        }
        latest = stats;
        if (medians != null) {
            medians.add(stats);
        }
        return true;
    }

    @Override
    public void publish() {
        if (latest == null || latest.step() == shownStep) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        {
            if (kind == ChartKind.GRADIENT_FLOW) {
                showFlow(plot);
            } else {
                showActivations(plot);
            }
            shownStep = latest.step();
            relabelLegend(plot, latest.step(), medians != null && medians.full() ? medians : null);
            chart.getTitle().setText(kind.title() + " at step " + String.format(Locale.ROOT, "%,d", latest.step()));
            data.publish();
        }
    }

    /**
     * The built legend names the step it was built at ("... at step 440") and the rows of its median band; name the
     * step shown now and, when the band is live, its steps.
     */
    private static void relabelLegend(XYPlot plot, long step, RecentMedians live) {
        LegendItemCollection items = plot.getFixedLegendItems();
        if (items == null || items.getItemCount() == 0) {
            return;
        }
        LegendItemCollection relabelled = new LegendItemCollection();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            String label = item.getLabel();
            String now = label;
            int at = label.indexOf(" at step");
            if (i == 0 && at >= 0) {
                now = label.substring(0, at) + " at step " + step;
            } else if (live != null && label.startsWith("median of ")) {
                now = "median of the " + live.count() + " steps up to it (steps " + live.firstStep() + "-"
                        + live.lastStep() + ")";
            } else if (live != null && label.endsWith(" of those rows")) {
                now = label.substring(0, label.length() - "rows".length()) + "steps";
            }
            relabelled.add(now.equals(label) ? item : copyWithLabel(item, now));
        }
        plot.setFixedLegendItems(relabelled);
    }

    private static LegendItem copyWithLabel(LegendItem item, String label) {
        if (item.isLineVisible() && !item.isShapeVisible()) {
            return new LegendItem(label, null, null, null, item.getLine(), item.getLineStroke(), item.getLinePaint());
        }
        return new LegendItem(label, null, null, null, item.getShape(), item.getFillPaint());
    }

    private void showFlow(XYPlot plot) {
        LogAxis axis = plot.getRangeAxis() instanceof LogAxis log ? log : null;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (LayerStats l : latest.layers()) {
            double v = l.gradNormW();
            if (v > 0 && Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] q = new double[3];
        if (band != null && medians.full()) {
            for (int i = 0; i < latest.layers().size(); i++) {
                medians.quantiles(i, q);
                band.set(0, i, q[0], q[1], q[2]);
                for (double v : q) {
                    if (v > 0 && Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            band.publish();
        }
        if (axis != null) {
            AxisRanges.widenLog(axis, min, max);
        }
        double floor = axis != null ? axis.getLowerBound() : 0;
        for (int i = 0; i < latest.layers().size(); i++) {
            double v = latest.layers().get(i).gradNormW();
            boolean shown = v > 0 && Double.isFinite(v);
            data.set(0, i, shown ? v : Double.NaN, shown ? floor : Double.NaN, shown ? v : Double.NaN);
        }
    }

    private void showActivations(XYPlot plot) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < latest.layers().size(); i++) {
            LayerStats l = latest.layers().get(i);
            double m = l.actMean();
            double s = l.actStd();
            boolean finite = Double.isFinite(m) && Double.isFinite(s);
            data.set(0, i, finite ? m : Double.NaN, finite ? m - s : Double.NaN, finite ? m + s : Double.NaN);
            if (finite) {
                min = Math.min(min, m - s);
                max = Math.max(max, m + s);
            }
        }
        AxisRanges.widenHalves(plot.getRangeAxis(), min, max);
    }

    @Override
    public long rebuildEveryNanos() {
        return EVERY_NANOS;
    }
}
