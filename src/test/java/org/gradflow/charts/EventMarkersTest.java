package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gradflow.diagnostics.EventKind;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class EventMarkersTest {
    private static final Set<ChartKind> STEP_CHARTS = EnumSet.of(ChartKind.GRADIENT_NORMS, ChartKind.GRADIENT_HEATMAP,
            ChartKind.SATURATION, ChartKind.DEAD_UNITS, ChartKind.UPDATE_RATIO, ChartKind.LOSS,
            ChartKind.GRADIENT_HISTOGRAMS, ChartKind.ACTIVATION_HISTOGRAMS);

    private static List<ValueMarker> lines(XYPlot plot) {
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        return markers == null ? List.of() : markers.stream().filter(ValueMarker.class::isInstance)
                .map(ValueMarker.class::cast).toList();
    }

    private static List<IntervalMarker> bands(XYPlot plot, Layer layer) {
        Collection<?> markers = plot.getDomainMarkers(layer);
        return markers == null ? List.of() : markers.stream().filter(IntervalMarker.class::isInstance)
                .map(IntervalMarker.class::cast).toList();
    }

    @Test
    void aRealNonFiniteStepIsMarkedOnEveryStepChart() {
        History h = Runs.exploding();
        long bad = h.lastStep();
        assertThat(h.events()).extracting(HistoryEvent::kind).contains(EventKind.NON_FINITE);
        for (ChartKind kind : STEP_CHARTS) {
            XYPlot plot = Charts.build(kind, h, ChartOptions.DEFAULT).getXYPlot();
            assertThat(lines(plot)).as("%s", kind).extracting(Marker::getPaint).containsOnly(Theme.LIGHT.nonFinite());
            assertThat(lines(plot)).extracting(ValueMarker::getValue).containsExactly((double) bad);
            assertThat(bands(plot, Layer.FOREGROUND)).as("%s", kind)
                    .anySatisfy(m -> assertThat(m.getStartValue()).isEqualTo(bad - 0.5));
            assertThat(plot.getLegendItems().get(plot.getLegendItems().getItemCount() - 1).getLabel())
                    .isEqualTo("non-finite (NaN/Inf) step");
        }
    }

    @Test
    void nonFiniteLayersAreMarkedAtThatStep() {
        History h = Runs.exploding();
        for (ChartKind kind : EnumSet.of(ChartKind.GRADIENT_FLOW, ChartKind.ACTIVATIONS)) {
            JFreeChart chart = Charts.build(kind, h, ChartOptions.DEFAULT);
            assertThat(lines(chart.getXYPlot())).as("%s", kind).extracting(ValueMarker::getValue)
                    .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
            assertThat(Subtitles.text(chart)).contains("non-finite values in all 6 layers");
        }
    }

    @Test
    void nonFiniteValuesAreGapsNotZeros() {
        History h = Synthetic.history(3, 40, Set.of(20L, 21L), Set.of());
        XYPlot plot = Charts.build(ChartKind.GRADIENT_NORMS, h, ChartOptions.DEFAULT).getXYPlot();
        for (int layer = 0; layer < 3; layer++) {
            assertThat(plot.getDataset().getYValue(layer, 19)).isNaN();
            assertThat(plot.getDataset().getYValue(layer, 20)).isNaN();
            assertThat(plot.getDataset().getYValue(layer, 21)).isEqualTo(Synthetic.gradNorm(layer, 3, 22));
        }
        assertThat(lines(plot)).extracting(ValueMarker::getValue).containsExactly(20.0);
        assertThat(bands(plot, Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(m.getEndValue()).isEqualTo(21.5));
        BufferedImage image = ChartExport.render(Charts.build(ChartKind.GRADIENT_NORMS, h, ChartOptions.DEFAULT),
                800, 500, 1);
        assertThat(Images.count(image, Theme.LIGHT.nonFinite().getRGB())).as("the red marker line").isGreaterThan(300);
    }

    @Test
    void clippedStepsAreALightBandOnGradientChartsOnly() {
        History h = Synthetic.history(3, 100, Set.of(), Set.of(10L, 11L, 12L, 50L));
        XYPlot norms = Charts.build(ChartKind.GRADIENT_NORMS, h, ChartOptions.DEFAULT).getXYPlot();
        assertThat(bands(norms, Layer.BACKGROUND)).extracting(IntervalMarker::getStartValue)
                .containsExactly(9.5, 49.5);
        assertThat(bands(norms, Layer.BACKGROUND)).extracting(IntervalMarker::getEndValue)
                .containsExactly(12.5, 50.5);
        assertThat(bands(norms, Layer.BACKGROUND).get(0).getPaint()).as("both ranges fully clipped")
                .isEqualTo(bands(norms, Layer.BACKGROUND).get(1).getPaint());
        XYPlot heatmap = Charts.build(ChartKind.GRADIENT_HEATMAP, h, ChartOptions.DEFAULT).getXYPlot();
        assertThat(bands(heatmap, Layer.FOREGROUND)).hasSize(2);
        XYPlot loss = Charts.build(ChartKind.LOSS, h, ChartOptions.DEFAULT).getXYPlot();
        assertThat(loss.getDomainMarkers(Layer.BACKGROUND)).isNullOrEmpty();
        XYPlot saturation = Charts.build(ChartKind.SATURATION, h, ChartOptions.DEFAULT).getXYPlot();
        assertThat(saturation.getDomainMarkers(Layer.BACKGROUND)).isNullOrEmpty();
    }

    @Test
    void sparseClippingOverALongStretchIsLighter() {
        Set<Long> every7th = new HashSet<>();
        for (long s = 7; s <= 7000; s += 7) {
            every7th.add(s);
        }
        Set<Long> always = new HashSet<>();
        for (long s = 1; s <= 7000; s++) {
            always.add(s);
        }
        IntervalMarker sparse = bands(Charts.build(ChartKind.GRADIENT_NORMS, Synthetic.history(2, 7000, Set.of(),
                every7th), ChartOptions.DEFAULT).getXYPlot(), Layer.BACKGROUND).get(0);
        IntervalMarker dense = bands(Charts.build(ChartKind.GRADIENT_NORMS, Synthetic.history(2, 7000, Set.of(),
                always), ChartOptions.DEFAULT).getXYPlot(), Layer.BACKGROUND).get(0);
        assertThat(((Color) sparse.getPaint()).getAlpha()).isLessThan(((Color) dense.getPaint()).getAlpha() / 2);
    }

    @Test
    void closeRangesMergeButNoneIsLost() {
        List<HistoryEvent> events = List.of(new HistoryEvent(EventKind.CLIPPED, 1, 2, 2),
                new HistoryEvent(EventKind.CLIPPED, 4, 4, 1), new HistoryEvent(EventKind.NON_FINITE, 5, 5, 1),
                new HistoryEvent(EventKind.CLIPPED, 100, 120, 21));
        List<double[]> merged = EventMarkers.merged(events, EventKind.CLIPPED, 2);
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0)).containsExactly(1, 4, 3);
        assertThat(merged.get(1)).containsExactly(100, 120, 21);
        assertThat(EventMarkers.merged(events, EventKind.CLIPPED, 0.5)).hasSize(3);
        assertThat(EventMarkers.merged(events, EventKind.NON_FINITE, 1000)).hasSize(1);
    }
}
