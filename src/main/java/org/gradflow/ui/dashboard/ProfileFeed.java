package org.gradflow.ui.dashboard;

import java.util.Locale;
import java.util.Objects;
import org.gradflow.charts.ChartKind;
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
 * statistics (mean +- standard deviation per layer). Each publish shows the latest step's values; the parts that
 * need a window of steps (the flow chart's median band) come from a rebuild every few seconds.
 */
final class ProfileFeed implements ChartFeed {
    /** Rebuild interval, for the median band and the non-finite markers. */
    static final long EVERY_NANOS = 6_000_000_000L;

    private final ChartKind kind;
    private JFreeChart chart;
    private LiveBandDataset data;
    private StepStats latest;
    private long shownStep;

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
        shownStep = -1;
    }

    @Override
    public boolean accept(StepStats stats) {
        if (data == null || stats.layers().size() != data.getItemCount(0)) {
            return false;
        }
        latest = stats;
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
            relabelFirstLegendItem(plot, latest.step());
            chart.getTitle().setText(kind.title() + " at step " + String.format(Locale.ROOT, "%,d", latest.step()));
            data.publish();
        }
    }

    /** The built legend names the step it was built at ("... at step 440"); name the step shown now. */
    private static void relabelFirstLegendItem(XYPlot plot, long step) {
        LegendItemCollection items = plot.getFixedLegendItems();
        if (items == null || items.getItemCount() == 0) {
            return;
        }
        LegendItem first = items.get(0);
        String label = first.getLabel();
        int at = label.indexOf(" at step");
        if (at < 0) {
            return;
        }
        LegendItemCollection relabelled = new LegendItemCollection();
        LegendItem item = new LegendItem(label.substring(0, at) + " at step " + step, null, null, null,
                first.getShape(), first.getFillPaint());
        relabelled.add(item);
        for (int i = 1; i < items.getItemCount(); i++) {
            relabelled.add(items.get(i));
        }
        plot.setFixedLegendItems(relabelled);
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
