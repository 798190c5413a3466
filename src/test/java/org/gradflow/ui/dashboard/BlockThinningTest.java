package org.gradflow.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.gradflow.ui.testing.TestSteps;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class BlockThinningTest {
    @Test
    void mergesHeatmapColumnsKeepingRowsAndRange() {
        History h = TestSteps.history(3000, 4);
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_HEATMAP, h, ChartOptions.DEFAULT);
        XYZDataset before = (XYZDataset) chart.getXYPlot().getDataset(0);
        assertThat(before.getItemCount(0)).isGreaterThan(400 * 4);
        BlockThinning.thin(chart, 100);
        XYZDataset after = (XYZDataset) chart.getXYPlot().getDataset(0);
        assertThat(after.getItemCount(0)).isEqualTo(100 * 4);
        XYBlockRenderer r = (XYBlockRenderer) chart.getXYPlot().getRenderer(0);
        assertThat(r.getBlockWidth()).isCloseTo(30, org.assertj.core.data.Offset.offset(0.5));
        double minX = Double.POSITIVE_INFINITY;
        double maxZ = Double.NEGATIVE_INFINITY;
        double minZ = Double.POSITIVE_INFINITY;
        for (int i = 0; i < after.getItemCount(0); i++) {
            minX = Math.min(minX, after.getXValue(0, i));
            maxZ = Math.max(maxZ, after.getZValue(0, i));
            minZ = Math.min(minZ, after.getZValue(0, i));
        }
        assertThat(minX - r.getBlockWidth() / 2).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.5));
        // layer 4's norm is 1e-1 * (1 + step/1000), layer 1's 1e-4 * (...): log10 between -4 and about -0.4
        assertThat(maxZ).isLessThan(-0.3).isGreaterThan(-1);
        assertThat(minZ).isLessThan(-3.5).isGreaterThan(-4.1);
    }

    @Test
    void leavesNarrowHeatmapsAlone() {
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_HEATMAP, TestSteps.history(50, 3), ChartOptions.DEFAULT);
        Object before = chart.getXYPlot().getDataset(0);
        BlockThinning.thin(chart, 100);
        assertThat(chart.getXYPlot().getDataset(0)).isSameAs(before);
    }
}
