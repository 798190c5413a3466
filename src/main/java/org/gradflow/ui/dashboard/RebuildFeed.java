package org.gradflow.ui.dashboard;

import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;

/**
 * The feed of charts that are redrawn from the History as a whole (the heatmap and the histograms): their layout
 * (column widths, colour scale) depends on the whole run, so they are rebuilt every three seconds on the chart thread
 * while visible, never per step.
 */
final class RebuildFeed implements ChartFeed {
    /** Rebuild interval of the heatmap and histogram charts. */
    static final long EVERY_NANOS = 3_000_000_000L;

    @Override
    public void adopt(JFreeChart chart, boolean bands) {
        // Nothing to take over: the built chart is shown as it is.
    }

    @Override
    public boolean accept(StepStats stats) {
        return false;
    }

    @Override
    public void publish() {
        // Nothing appended, nothing to publish.
    }

    @Override
    public long rebuildEveryNanos() {
        return EVERY_NANOS;
    }
}
