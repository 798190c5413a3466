package org.gradflow.ui.dashboard;

import org.gradflow.charts.ChartKind;
import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;

/**
 * How one kind of chart follows a running History between full rebuilds: it takes over a chart built by
 * {@link org.gradflow.charts.Charts#build}, appends each new step to its datasets without events, and publishes the
 * changes as one chart change event (one redraw). JavaFX thread only.
 */
interface ChartFeed {
    /**
     * @param chart a chart just built from the History, now shown; its datasets may be replaced by live ones
     * @param bands whether to draw min..max bands (off while training: filling them on every redraw is costly)
     */
    void adopt(JFreeChart chart, boolean bands);

    /**
     * @param stats a step recorded after the chart was built (steps the chart already holds are ignored)
     * @return whether the chart's data changed
     */
    boolean accept(StepStats stats);

    /** Applies the accepted steps to the axes and titles and fires one change event. */
    void publish();

    /**
     * @return nanoseconds between rebuilds from the History while the chart is visible and the run grows (for what
     *         the feed cannot append), or 0 for never
     */
    long rebuildEveryNanos();

    /** @return the kinds of chart fed by appending to their datasets */
    static ChartFeed of(ChartKind kind) {
        return switch (kind) {
            case GRADIENT_NORMS, SATURATION, DEAD_UNITS, UPDATE_RATIO, LOSS -> new TrendFeed(kind);
            case GRADIENT_FLOW, ACTIVATIONS -> new ProfileFeed(kind);
            case GRADIENT_HEATMAP, GRADIENT_HISTOGRAMS, ACTIVATION_HISTOGRAMS -> new RebuildFeed();
        };
    }
}
