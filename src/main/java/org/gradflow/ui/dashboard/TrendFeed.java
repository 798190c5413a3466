package org.gradflow.ui.dashboard;

import java.util.Objects;
import org.gradflow.charts.ChartKind;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Feeds the charts of a metric over the steps: one line per layer (gradient norms, saturation, dead units, update
 * ratio) or the loss chart (training loss, validation loss and, on a second dataset, validation accuracy). Each step
 * appends one point per series; publishing widens the step axis to the last step (unless the user zoomed) and the
 * log value axis to the data.
 */
final class TrendFeed implements ChartFeed {
    /** Points per series before neighbours are merged. */
    static final int MAX_ITEMS = 300;

    private final ChartKind kind;
    private final LayerMetric metric;
    private JFreeChart chart;
    private LiveBandDataset data;
    private LiveBandDataset accuracy;
    private double spanMin = Double.POSITIVE_INFINITY;
    private double spanMax = Double.NEGATIVE_INFINITY;
    private double lastStep = Double.NEGATIVE_INFINITY;
    private Range domainSet;
    private Range rangeSet;
    private boolean following = true;

    /** @param kind one of the trend kinds (layer metrics over the steps, or the loss) */
    TrendFeed(ChartKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.metric = switch (kind) {
            case GRADIENT_NORMS -> LayerMetric.GRAD_NORM_W;
            case SATURATION -> LayerMetric.SATURATION;
            case DEAD_UNITS -> LayerMetric.DEAD_FRACTION;
            case UPDATE_RATIO -> LayerMetric.UPDATE_RATIO;
            case LOSS -> null;
            default -> throw new IllegalArgumentException("not a trend chart: " + kind);
        };
    }

    @Override
    public void adopt(JFreeChart built, boolean bands) {
        chart = built;
        data = null;
        accuracy = null;
        following = true;
        XYPlot plot = built.getXYPlot();
        XYDataset first = plot.getDataset(0);
        if (!(first instanceof IntervalXYDataset source)) {
            return; // the empty chart of a History without steps: rebuilt once steps arrive
        }
        data = LiveBandDataset.copyOf(source, MAX_ITEMS);
        data.setBandsShown(bands);
        plot.setDataset(0, data);
        if (plot.getDataset(1) instanceof IntervalXYDataset acc) {
            accuracy = LiveBandDataset.copyOf(acc, MAX_ITEMS);
            plot.setDataset(1, accuracy);
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            lastStep = Math.max(lastStep, data.lastX(s));
        }
        domainSet = plot.getDomainAxis().getRange();
        rangeSet = plot.getRangeAxis().getRange();
    }

    /** @return the live dataset of the chart (series per layer, or loss and validation loss), {@code null} before */
    LiveBandDataset data() {
        return data;
    }

    @Override
    public boolean accept(StepStats s) {
        if (data == null) {
            return false;
        }
        boolean changed = false;
        if (metric != null) {
            int layers = Math.min(data.getSeriesCount(), s.layers().size());
            for (int i = 0; i < layers; i++) {
                if (s.step() > data.lastX(i)) {
                    double v = shown(metric.of(s.layers().get(i)));
                    data.append(i, s.step(), v, v, v);
                    changed = true;
                }
            }
        } else {
            if (s.step() > data.lastX(0)) {
                double v = shown(s.loss());
                data.append(0, s.step(), v, v, v);
                changed = true;
            }
            if (data.getSeriesCount() > 1 && !Double.isNaN(s.valLoss()) && s.step() > data.lastX(1)) {
                double v = shown(s.valLoss());
                data.append(1, s.step(), v, v, v);
                changed = true;
            }
            if (accuracy != null && !Double.isNaN(s.valAccuracy()) && s.step() > accuracy.lastX(0)) {
                double v = s.valAccuracy();
                accuracy.append(0, s.step(), v, v, v);
                changed = true;
            }
        }
        if (changed) {
            lastStep = Math.max(lastStep, s.step());
        }
        return changed;
    }

    /** @return the value as drawn: NaN when the axis cannot show it (log axes: zero and below) */
    private double shown(double v) {
        boolean log = chart.getXYPlot().getRangeAxis() instanceof LogAxis;
        if (!Double.isFinite(v) || (log && v <= 0)) {
            return Double.NaN;
        }
        if (log) {
            spanMin = Math.min(spanMin, v);
            spanMax = Math.max(spanMax, v);
        }
        return v;
    }

    @Override
    public void publish() {
        if (data == null) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        ValueAxis domain = plot.getDomainAxis();
        ValueAxis range = plot.getRangeAxis();
        if (following && (!domain.getRange().equals(domainSet) || !range.getRange().equals(rangeSet))) {
            following = false; // the user zoomed or panned: leave the axes alone until Reset zoom
        }
        {
            if (following) {
                if (lastStep + 0.5 > domain.getUpperBound()) {
                    domain.setRange(new Range(domain.getLowerBound(), lastStep + 0.5), true, false);
                }
                if (range instanceof LogAxis log) {
                    AxisRanges.widenLog(log, spanMin, spanMax);
                }
                domainSet = domain.getRange();
                rangeSet = range.getRange();
            }
            data.publish();
            if (accuracy != null) {
                accuracy.publish();
            }
        }
    }

    /** @return whether the axes still follow the data (the user has not zoomed) */
    boolean following() {
        return following;
    }

    @Override
    public long rebuildEveryNanos() {
        return 0;
    }
}
