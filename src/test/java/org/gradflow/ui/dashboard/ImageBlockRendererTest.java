package org.gradflow.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.junit.jupiter.api.Test;

/** The image block renderer draws the heatmap the plain block renderer draws, as one image. */
class ImageBlockRendererTest {

    @Test
    void theHeatmapLooksTheSameDrawnAsOneImage() {
        History history = history(12, 3000);
        JFreeChart plain = thinned(history);
        JFreeChart imaged = thinned(history);
        ImageBlockRenderer.install(imaged);
        assertThat(plain.getXYPlot().getRenderer(0)).isNotInstanceOf(ImageBlockRenderer.class);
        assertThat(imaged.getXYPlot().getRenderer(0)).isInstanceOf(ImageBlockRenderer.class);

        BufferedImage a = plain.createBufferedImage(640, 400);
        BufferedImage b = imaged.createBufferedImage(640, 400);

        int differing = 0;
        int coloured = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int pa = a.getRGB(x, y);
                if (channelDifference(pa, b.getRGB(x, y)) > 24) {
                    differing++;
                }
                if (saturated(pa)) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).as("heatmap pixels in colour").isGreaterThan(640 * 400 / 4);
        // Antialiased block edges blend a little differently over the image's transparent background than over
        // the plot's; a visibly different colour must be rare.
        assertThat(differing).as("pixels that differ").isLessThan(a.getWidth() * a.getHeight() / 100);
    }

    @Test
    void installLeavesChartsWithoutBlocksAlone() {
        JFreeChart loss = Charts.build(ChartKind.LOSS, history(3, 50), ChartOptions.DEFAULT);
        Object before = loss.getXYPlot().getRenderer(0);
        ImageBlockRenderer.install(loss);
        assertThat(loss.getXYPlot().getRenderer(0)).isSameAs(before);
        assertThat(before).isNotInstanceOf(XYBlockRenderer.class);
    }

    private static JFreeChart thinned(History history) {
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_HEATMAP, history, ChartOptions.DEFAULT);
        BlockThinning.thin(chart, ChartSlot.MAX_BLOCK_COLUMNS);
        return chart;
    }

    private static int channelDifference(int p, int q) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)));
        }
        return max;
    }

    private static boolean saturated(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40;
    }

    private static History history(int layers, long steps) {
        History h = new History();
        for (long s = 1; s <= steps; s++) {
            List<LayerStats> ls = new ArrayList<>();
            for (int k = 0; k < layers; k++) {
                double g = Math.pow(10, k - layers) * (1 + 0.5 * Math.sin(s / 100.0 + k));
                ls.add(new LayerStats(g, g, g, 1e-3, 1, 0.5, 0.2, 0.1, Double.NaN, false));
            }
            h.record(new StepStats(s, 1.0 / s, Double.NaN, Double.NaN, 0.1, 1, 1, false, false, ls, List.of()));
        }
        return h;
    }
}
