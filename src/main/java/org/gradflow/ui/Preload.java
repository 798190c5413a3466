package org.gradflow.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.ui.files.DefaultExperiment;
import org.gradflow.ui.files.Preset;
import org.gradflow.ui.files.Presets;

/**
 * Work the window needs that can run while the JavaFX toolkit starts: finding the presets, parsing the default
 * experiment (the first preset) and loading the chart library's classes (by drawing nothing into one chart of each
 * kind). Touches neither JavaFX nor ND4J.
 */
final class Preload {
    /** What was preloaded. */
    record Result(List<Preset> presets, ExperimentSpec defaultSpec) {
    }

    private static volatile CompletableFuture<Result> started;

    private Preload() {
    }

    /** Starts the preload on a background thread (once). */
    static void start() {
        if (started == null) {
            CompletableFuture<Result> f = new CompletableFuture<>();
            started = f;
            Thread t = new Thread(() -> {
                try {
                    f.complete(defaults());
                } catch (RuntimeException | Error e) {
                    f.completeExceptionally(e);
                }
                warmUpCharts();
            }, "gradflow-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    /** @return the preloaded result, computed now when {@link #start()} was not called (tests) */
    static Result get() {
        CompletableFuture<Result> f = started;
        if (f != null) {
            try {
                return f.join();
            } catch (RuntimeException e) {
                System.err.println("GradFlow: preloading failed (" + e + "); loading on the JavaFX thread");
            }
        }
        return defaults();
    }

    /** Loads the chart library's classes by building one empty chart of each kind (results are dropped). */
    private static void warmUpCharts() {
        try {
            History empty = new History();
            for (ChartKind k : ChartKind.values()) {
                Charts.build(k, empty, ChartOptions.DEFAULT);
            }
        } catch (RuntimeException e) {
            System.err.println("GradFlow: warming up the charts failed (they load when first drawn): " + e);
        }
    }

    private static Result defaults() {
        List<Preset> presets = Presets.load();
        if (!presets.isEmpty()) {
            try {
                return new Result(presets, ExperimentFiles.load(presets.get(0).path()).spec());
            } catch (Exception e) {
                System.err.println("GradFlow: the default preset " + presets.get(0).path()
                        + " cannot be loaded, using the built-in experiment: " + e.getMessage());
            }
        }
        return new Result(presets, DefaultExperiment.spec());
    }
}
