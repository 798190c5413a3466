package org.gradflow.ui.dashboard;

import java.util.List;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.StepStats;
import org.gradflow.ui.train.RunEvent;
import org.jfree.data.Range;

/** What every {@link ChartSlot} shares: the run, its options and services. JavaFX thread only. */
interface DashboardHost {
    /** @return the run's History, or {@code null} when no run is shown */
    History history();

    /** @return a number that changes whenever another History is shown (so stale builds are dropped) */
    int generation();

    /** @return the options of a chart of this kind (theme, and the layer of the histogram charts) */
    ChartOptions options(ChartKind kind);

    /** @return the chart-building thread */
    ChartBuilder builder();

    /** @return the latest steps received, oldest first, to replay into freshly built charts */
    List<StepStats> recentSteps();

    /** @return the user's events of the run */
    List<RunEvent> events();

    /** @return whether a training loop runs (charts then draw less detail) */
    boolean training();

    /** @return the selected layer, 0-based, or -1 */
    int selectedLayer();

    /** Selects a layer everywhere (0-based). */
    void selectLayer(int layer);

    /** Shows a problem in plain words. */
    void report(String problem);

    /**
     * Exports one chart to a file the user picks.
     *
     * @param format "png" or "svg"
     * @param zoom the axis ranges the user zoomed to (domain, range), or {@code null} for the whole chart
     */
    void export(ChartKind kind, String format, Range[] zoom);

    /** Copies one chart as an image to the clipboard. */
    void copyImage(ChartKind kind, Range[] zoom);
}
