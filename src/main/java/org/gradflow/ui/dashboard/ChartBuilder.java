package org.gradflow.ui.dashboard;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.jfree.chart.JFreeChart;

/**
 * Builds charts from a History on one low-priority background thread, so that rebuilding a chart of a long run
 * (about 100 ms) never holds up a frame. A built chart belongs to the caller; show it on the JavaFX thread.
 */
public final class ChartBuilder {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gradflow-charts");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /**
     * @param kind not {@code null}
     * @param history read through its thread-safe queries, not {@code null}
     * @param options not {@code null}
     * @return the chart, completed on the chart thread
     */
    public CompletableFuture<JFreeChart> build(ChartKind kind, History history, ChartOptions options) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(options, "options");
        return CompletableFuture.supplyAsync(() -> Charts.build(kind, history, options), executor);
    }

    /** @param job run on the chart thread (exports), not {@code null} */
    public <T> CompletableFuture<T> submit(java.util.function.Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, executor);
    }

    /** Stops the thread. */
    public void shutdown() {
        executor.shutdownNow();
    }
}
