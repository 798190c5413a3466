package org.gradflow.ui.dashboard;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.jfree.chart.JFreeChart;

/**
 * Builds charts from a History on low-priority background threads, so that rebuilding a chart of a long run
 * (about 100 ms) never holds up a frame. One thread while training (the trainer and the JavaFX thread need the
 * other cores), up to {@link #IDLE_THREADS} otherwise (opening a long run builds its charts side by side). A built
 * chart belongs to the caller; show it on the JavaFX thread.
 */
public final class ChartBuilder {
    /** Threads when no training runs. */
    static final int IDLE_THREADS = 2;

    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(IDLE_THREADS, IDLE_THREADS, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "gradflow-charts-" + threads.incrementAndGet());
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });

    public ChartBuilder() {
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * @param training whether a training loop runs: then charts are built one at a time, otherwise up to
     *        {@link #IDLE_THREADS} at once (builds already running finish either way)
     */
    public void setTraining(boolean training) {
        int n = training ? 1 : IDLE_THREADS;
        if (n < executor.getCorePoolSize()) {
            executor.setCorePoolSize(n);
            executor.setMaximumPoolSize(n);
        } else {
            executor.setMaximumPoolSize(n);
            executor.setCorePoolSize(n);
        }
    }

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

    /** @param job run on a chart thread (exports, the drawing warm-up), not {@code null} */
    public <T> CompletableFuture<T> submit(java.util.function.Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, executor);
    }

    /** Stops the thread. */
    public void shutdown() {
        executor.shutdownNow();
    }
}
