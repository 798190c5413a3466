package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;

import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Draws every chart of real runs headless and checks what is drawn. */
class ChartsTest {
    private static final int LAYERS = 6;

    private static BufferedImage draw(JFreeChart chart) {
        return ChartExport.render(chart, 800, 500, 1.0);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyChartOfARealRunDrawsSomething(ChartKind kind) {
        for (Theme theme : Theme.values()) {
            JFreeChart chart = Charts.build(kind, Runs.sigmoid6(), ChartOptions.DEFAULT.withTheme(theme));
            BufferedImage image = draw(chart);
            assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(theme.background().getRGB() & 0xFFFFFF);
            assertThat(Images.distinctColours(image)).as("%s %s", kind, theme).isGreaterThan(40);
            assertThat(Images.shareNotBackground(image)).as("%s %s", kind, theme).isGreaterThan(0.03);
            assertThat(chart.getTitle().getText()).startsWith(kind.title());
        }
    }

    @Test
    void perLayerTrendChartsHaveOneSeriesPerLayer() {
        for (ChartKind kind : EnumSet.of(ChartKind.GRADIENT_NORMS, ChartKind.SATURATION, ChartKind.DEAD_UNITS,
                ChartKind.UPDATE_RATIO)) {
            XYPlot plot = Charts.build(kind, Runs.sigmoid6(), ChartOptions.DEFAULT).getXYPlot();
            XYDataset data = plot.getDataset();
            assertThat(data.getSeriesCount()).as("%s", kind).isEqualTo(LAYERS);
            assertThat(data.getSeriesKey(0)).isEqualTo("layer 1 (input)");
            assertThat(data.getSeriesKey(LAYERS - 1)).isEqualTo("layer 6 (output)");
            assertThat(data.getItemCount(0)).isEqualTo(200);
            assertThat(plot.getDomainAxis().getRange().getLowerBound()).isEqualTo(0.5);
            assertThat(plot.getDomainAxis().getRange().getUpperBound()).isEqualTo(200.5);
        }
    }

    @Test
    void gradientNormsUseADecadeLogAxisCoveringTheData() {
        History h = Runs.sigmoid6();
        XYPlot plot = Charts.build(ChartKind.GRADIENT_NORMS, h, ChartOptions.DEFAULT).getXYPlot();
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        ValueAxis axis = plot.getRangeAxis();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int layer = 0; layer < LAYERS; layer++) {
            for (double v : h.layerSeries(layer, LayerMetric.GRAD_NORM_W).mean()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        DecadeRange expected = LogAxes.decades(min, max);
        assertThat(axis.getLowerBound()).isEqualTo(expected.lowerBound());
        assertThat(axis.getUpperBound()).isEqualTo(expected.upperBound());
        assertThat(axis.getLowerBound()).isLessThanOrEqualTo(min);
        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(max);
        assertThat(axis.isAutoRange()).isFalse();
    }

    @Test
    void summaryBucketsDrawTheirMinMaxEnvelope() {
        History h = Synthetic.history(new History(new HistoryLimits(10, 20, 8, 4, 4, 16, 4)), 3, 500, Set.of(),
                Set.of());
        IntervalXYDataset data = (IntervalXYDataset) Charts.build(ChartKind.GRADIENT_NORMS, h, ChartOptions.DEFAULT)
                .getXYPlot().getDataset();
        Series s = h.layerSeries(0, LayerMetric.GRAD_NORM_W);
        assertThat(data.getItemCount(0)).isEqualTo(s.size()).isLessThan(40);
        int buckets = 0;
        for (int i = 0; i < s.size(); i++) {
            assertThat(data.getXValue(0, i)).isEqualTo((s.stepStart(i) + s.stepEnd(i)) / 2.0);
            assertThat(data.getYValue(0, i)).isEqualTo(s.mean(i));
            assertThat(data.getStartYValue(0, i)).isEqualTo(s.min(i));
            assertThat(data.getEndYValue(0, i)).isEqualTo(s.max(i));
            if (s.stepEnd(i) > s.stepStart(i)) {
                buckets++;
                assertThat(s.min(i)).isLessThan(s.max(i));
            }
        }
        assertThat(buckets).isGreaterThan(3);
    }

    @Test
    void fractionChartsAreFixedToZeroOneWithASmallMargin() {
        for (ChartKind kind : EnumSet.of(ChartKind.SATURATION, ChartKind.DEAD_UNITS)) {
            ValueAxis axis = Charts.build(kind, Runs.sigmoid6(), ChartOptions.DEFAULT).getXYPlot().getRangeAxis();
            assertThat(axis.getLowerBound()).isEqualTo(-0.02);
            assertThat(axis.getUpperBound()).isEqualTo(1.02);
            assertThat(axis.isAutoRange()).isFalse();
        }
    }

    @Test
    void layersWithoutValuesAreNamed() {
        JFreeChart saturation = Charts.build(ChartKind.SATURATION, Runs.sigmoid6(), ChartOptions.DEFAULT);
        assertThat(Subtitles.text(saturation)).contains("no finite values for layer 6");
        JFreeChart dead = Charts.build(ChartKind.DEAD_UNITS, Runs.sigmoid6(), ChartOptions.DEFAULT);
        assertThat(Subtitles.text(dead)).contains("no finite values for all 6 layers");
    }

    @Test
    void lossChartHasLossValidationLossAndAccuracy() {
        XYPlot plot = Charts.build(ChartKind.LOSS, Runs.sigmoid6(), ChartOptions.DEFAULT).getXYPlot();
        assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset(0).getSeriesKey(0)).isEqualTo("loss");
        assertThat(plot.getDataset(0).getSeriesKey(1)).isEqualTo("validation loss");
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(200);
        assertThat(plot.getDataset(0).getItemCount(1)).as("validated at steps 1, 10, ..., 200").isEqualTo(21);
        assertThat(plot.getDataset(1).getSeriesKey(0)).isEqualTo("validation accuracy");
        assertThat(plot.getRangeAxis(1).getRange().getUpperBound()).isEqualTo(1.02);
        assertThat(plot.getRangeAxis(0)).isInstanceOf(LogAxis.class);
    }

    @Test
    void gradientFlowHasABarPerLayerAndAMedianBand() {
        XYPlot plot = Charts.build(ChartKind.GRADIENT_FLOW, Runs.sigmoid6(), ChartOptions.DEFAULT.withStep(100))
                .getXYPlot();
        XYDataset bars = plot.getDataset(0);
        assertThat(bars.getItemCount(0)).isEqualTo(LAYERS);
        History h = Runs.sigmoid6();
        for (int layer = 0; layer < LAYERS; layer++) {
            assertThat(bars.getXValue(0, layer)).isEqualTo(layer + 1.0);
            assertThat(bars.getYValue(0, layer)).isEqualTo(h.layerSeries(layer, LayerMetric.GRAD_NORM_W).mean(99));
        }
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(LAYERS);
        assertThat(plot.getLegendItems().get(1).getLabel()).contains("steps 51-100");
    }

    @Test
    void heatmapHasACellPerLayerAndStepAndAColourBar() {
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_HEATMAP, Runs.sigmoid6(), ChartOptions.DEFAULT);
        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(LAYERS * 200);
        assertThat(Subtitles.of(chart, PaintScaleLegend.class)).hasSize(1);
    }

    @Test
    void histogramChartsShowTheChosenLayer() {
        for (ChartKind kind : EnumSet.of(ChartKind.GRADIENT_HISTOGRAMS, ChartKind.ACTIVATION_HISTOGRAMS)) {
            JFreeChart chart = Charts.build(kind, Runs.sigmoid6(), ChartOptions.DEFAULT.withLayer(2));
            assertThat(chart.getTitle().getText()).endsWith("layer 3");
            assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isGreaterThan(100);
            assertThat(Subtitles.text(chart)).contains("21 snapshots");
            assertThatThrownBy(() -> Charts.build(kind, Runs.sigmoid6(), ChartOptions.DEFAULT.withLayer(LAYERS)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer index 6");
        }
    }

    @Test
    void aFiftyLayerLegendStaysCompact() {
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_NORMS, Runs.deep50(), ChartOptions.DEFAULT);
        assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isEqualTo(50);
        assertThat(chart.getXYPlot().getLegendItems().getItemCount()).isLessThanOrEqualTo(2);
        assertThat(Subtitles.of(chart, PaintScaleLegend.class)).singleElement()
                .satisfies(bar -> assertThat(bar.getAxis().getRange().getUpperBound()).isEqualTo(50.5));
        BufferedImage image = draw(chart);
        assertThat(Images.distinctColours(image)).isGreaterThan(40);
    }

    @Test
    void aSmallNetListsEveryLayer() {
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_NORMS, Runs.sigmoid6(), ChartOptions.DEFAULT);
        assertThat(chart.getXYPlot().getLegendItems().getItemCount()).isEqualTo(LAYERS + 1);
        assertThat(chart.getXYPlot().getLegendItems().get(LAYERS).getLabel()).isEqualTo("gradient clipped");
        assertThat(Subtitles.of(chart, PaintScaleLegend.class)).isEmpty();
    }

    @Test
    void anEmptyHistoryGivesChartsWithoutData() {
        Set<ChartKind> kinds = EnumSet.allOf(ChartKind.class);
        for (ChartKind kind : kinds) {
            JFreeChart chart = Charts.build(kind, new History(), ChartOptions.DEFAULT);
            assertThat(chart.getXYPlot().getDataset()).isNull();
            assertThat(chart.getXYPlot().getNoDataMessage()).isEqualTo("no steps recorded yet");
            assertThat(Images.shareNotBackground(draw(chart))).isGreaterThan(0.001);
        }
    }
}
