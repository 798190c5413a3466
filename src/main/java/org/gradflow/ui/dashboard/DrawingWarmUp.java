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
 * a long first frame. The canvas is never shown and dropped afterwards.
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
            List<JFreeChart> charts = new ArrayList<>();
            // 10 layers draw a legend item per layer, 16 a colour bar: both kinds of legend get warmed up
            for (int layers : new int[] {10, 16}) {
                History h = synthetic(200, layers);
                for (ChartKind k : new ChartKind[] {ChartKind.GRADIENT_NORMS, ChartKind.LOSS, ChartKind.GRADIENT_FLOW,
                    ChartKind.GRADIENT_HEATMAP}) {
                    JFreeChart c = Charts.build(k, h, ChartOptions.DEFAULT);
                    ChartFonts.shrink(c);
                    charts.add(c);
                }
            }
            return charts;
        }).whenComplete((charts, error) -> {
            if (error != null) {
                System.err.println("GradFlow: chart warm-up failed (harmless): " + error);
                Platform.runLater(() -> done.complete(null));
                return;
            }
            drawNext(charts, 0, done);
        });
        return done;
    }

    private static void drawNext(List<JFreeChart> charts, int i, CompletableFuture<Void> done) {
        Platform.runLater(() -> {
            if (i >= charts.size()) {
                done.complete(null);
                return;
            }
            Canvas canvas = new Canvas(640, 360);
            charts.get(i).draw(new FXGraphics2D(canvas.getGraphicsContext2D()), new Rectangle2D.Double(0, 0, 640, 360));
            drawNext(charts, i + 1, done);
        });
    }

    private static History synthetic(int steps, int layers) {
        History h = new History();
        for (long s = 1; s <= steps; s++) {
            List<LayerStats> ls = new ArrayList<>();
            for (int k = 0; k < layers; k++) {
                double g = Math.pow(10, k - layers) * (1 + 0.1 * Math.sin(s + k));
                ls.add(new LayerStats(g, g, g, 1e-3, 1, 0.5, 0.2, 0.1, Double.NaN, false));
            }
            h.record(new StepStats(s, 1.0 / s, s % 10 == 0 ? 1.0 / s : Double.NaN, s % 10 == 0 ? 0.5 : Double.NaN,
                    0.1, 1, 1, false, false, ls, List.of()));
        }
        return h;
    }
}
