package org.gradflow.ui.dashboard;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;
import org.jfree.fx.FXGraphics2D;

/**
 * Draws a few charts of a synthetic run onto an off-screen canvas while the app is idle after start-up, so the
 * drawing code is loaded and compiled before the first run: the first live redraws then take milliseconds instead of
 * a long first frame. Each chart is drawn as built, then taken over by its live feed ({@link ChartFeed}, the live
 * datasets a running chart draws from) and drawn again after each of a few batches of further steps, so the code the
 * live charts run is the code compiled (a first run would otherwise recompile the drawing code for the live
 * datasets in its first seconds). The canvas is never shown and dropped afterwards. (Rendering each drawing once
 * into an image as well, to warm up the render thread's rasteriser, was measured: no fewer slow frames in the
 * first seconds of training, and 1.6 s longer start-up.)
 */
final class DrawingWarmUp {
    private DrawingWarmUp() {
    }

    /**
     * Builds the charts on the chart thread, then draws each once per frame on the JavaFX thread.
     *
     * @return completes (on the JavaFX thread) when the last chart was drawn, also when the warm-up failed
     */
    static CompletableFuture<Void> start(ChartBuilder builder) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        builder.submit(() -> {
            List<Warm> charts = new ArrayList<>();
            // 10 layers draw a legend item per layer, 21 a colour bar: both kinds of legend get warmed up
            for (int layers : new int[] {10, 21}) {
                History h = synthetic(1, BUILT_STEPS, layers);
                List<StepStats> later = steps(BUILT_STEPS + 1, BUILT_STEPS + LIVE_STEPS, layers);
                for (ChartKind k : new ChartKind[] {ChartKind.GRADIENT_NORMS, ChartKind.LOSS, ChartKind.GRADIENT_FLOW,
                    ChartKind.GRADIENT_HEATMAP}) {
                    JFreeChart c = Charts.build(k, h, ChartOptions.DEFAULT);
                    ImageBlockRenderer.install(c);
                    ChartFonts.shrink(c);
                    charts.add(new Warm(k, c, later));
                }
            }
            return charts;
        }).whenComplete((charts, error) -> {
            if (error != null) {
                System.err.println("GradFlow: chart warm-up failed (harmless): " + error);
                Platform.runLater(() -> done.complete(null));
                return;
            }
            drawNext(charts, 0, 0, null, done);
        });
        return done;
    }

    /** Steps in the History a chart is built from, and steps fed to it live afterwards. */
    private static final int BUILT_STEPS = 200;
    private static final int LIVE_STEPS = 60;
    /** Live steps per redraw. */
    private static final int BATCH = 20;

    /** A built chart with the steps to feed it live. */
    private record Warm(ChartKind kind, JFreeChart chart, List<StepStats> later) {
    }

    /** Draws chart {@code i} after {@code batch} batches of live steps (0: as built), one draw per frame. */
    private static void drawNext(List<Warm> charts, int i, int batch, ChartFeed feed, CompletableFuture<Void> done) {
        Platform.runLater(() -> {
            if (i >= charts.size()) {
                done.complete(null);
                return;
            }
            Warm w = charts.get(i);
            ChartFeed live = feed;
            if (batch > 0) {
                if (live == null) {
                    live = ChartFeed.of(w.kind());
                    live.adopt(w.chart(), false);
                }
                int from = (batch - 1) * BATCH;
                for (StepStats s : w.later().subList(from, Math.min(w.later().size(), from + BATCH))) {
                    live.accept(s);
                }
                live.publish();
            }
            Canvas canvas = new Canvas(640, 360);
            w.chart().draw(new FXGraphics2D(canvas.getGraphicsContext2D()), new Rectangle2D.Double(0, 0, 640, 360));
            if (batch * BATCH < w.later().size()) {
                drawNext(charts, i, batch + 1, live, done);
            } else {
                drawNext(charts, i + 1, 0, null, done);
            }
        });
    }

    private static History synthetic(long first, long last, int layers) {
        History h = new History();
        steps(first, last, layers).forEach(h::record);
        return h;
    }

    private static List<StepStats> steps(long first, long last, int layers) {
        List<StepStats> steps = new ArrayList<>();
        for (long s = first; s <= last; s++) {
            List<LayerStats> ls = new ArrayList<>();
            for (int k = 0; k < layers; k++) {
                double g = Math.pow(10, k - layers) * (1 + 0.1 * Math.sin(s + k));
                ls.add(new LayerStats(g, g, g, 1e-3, 1, 0.5, 0.2, 0.1, Double.NaN, false));
            }
            steps.add(new StepStats(s, 1.0 / s, s % 10 == 0 ? 1.0 / s : Double.NaN, s % 10 == 0 ? 0.5 : Double.NaN,
                    0.1, 1, 1, false, false, ls, List.of()));
        }
        return steps;
    }
}
