package org.gradflow.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/**
 * The live gradient-flow chart: bars of the latest step, and a median band over the latest steps that is the band a
 * chart built from the whole recorded run at that step draws (checked against that independent computation).
 */
class ProfileFeedTest {
    private static final int LAYERS = 6;

    @Test
    void theLiveBandIsTheBandOfTheRecordedRunAtTheLatestStep() {
        List<StepStats> steps = noisySteps(180, 7);
        History atBuild = record(steps.subList(0, 20));
        JFreeChart live = Charts.build(ChartKind.GRADIENT_FLOW, atBuild, ChartOptions.DEFAULT);
        ProfileFeed feed = new ProfileFeed(ChartKind.GRADIENT_FLOW);
        feed.adopt(live, false);
        for (StepStats s : steps.subList(20, 180)) {
            feed.accept(s);
        }
        feed.publish();

        JFreeChart rebuilt = Charts.build(ChartKind.GRADIENT_FLOW, record(steps), ChartOptions.DEFAULT);
        IntervalXYDataset liveBand = (IntervalXYDataset) live.getXYPlot().getDataset(1);
        IntervalXYDataset expected = (IntervalXYDataset) rebuilt.getXYPlot().getDataset(1);
        for (int layer = 0; layer < LAYERS; layer++) {
            double m = expected.getYValue(0, layer);
            assertThat(liveBand.getYValue(0, layer)).as("median, layer %d", layer).isCloseTo(m, within(1e-12 * m));
            assertThat(liveBand.getStartYValue(0, layer)).as("25th percentile, layer %d", layer)
                    .isCloseTo(expected.getStartYValue(0, layer), within(1e-12 * m));
            assertThat(liveBand.getEndYValue(0, layer)).as("75th percentile, layer %d", layer)
                    .isCloseTo(expected.getEndYValue(0, layer), within(1e-12 * m));
        }
        LegendItemCollection items = live.getXYPlot().getFixedLegendItems();
        LegendItemCollection built = rebuilt.getXYPlot().getFixedLegendItems();
        assertThat(items.get(0).getLabel()).isEqualTo(built.get(0).getLabel()).isEqualTo("||dL/dW|| at step 180");
        assertThat(built.get(1).getLabel()).isEqualTo("median of the 50 rows up to it (steps 131-180)");
        assertThat(items.get(1).getLabel()).isEqualTo("median of the 50 steps up to it (steps 131-180)");
        assertThat(items.get(2).getLabel()).isEqualTo("25th to 75th percentile of those steps");
        assertThat(items.get(1).isLineVisible()).isTrue();
        assertThat(live.getTitle().getText()).endsWith("at step 180");
    }

    @Test
    void untilAWindowOfStepsArrivedTheBuiltBandStays() {
        List<StepStats> steps = noisySteps(60, 11);
        History atBuild = record(steps.subList(0, 30));
        JFreeChart live = Charts.build(ChartKind.GRADIENT_FLOW, atBuild, ChartOptions.DEFAULT);
        IntervalXYDataset builtBand = (IntervalXYDataset) live.getXYPlot().getDataset(1);
        double[] medians = new double[LAYERS];
        for (int layer = 0; layer < LAYERS; layer++) {
            medians[layer] = builtBand.getYValue(0, layer);
        }
        String builtLabel = live.getXYPlot().getFixedLegendItems().get(1).getLabel();
        ProfileFeed feed = new ProfileFeed(ChartKind.GRADIENT_FLOW);
        feed.adopt(live, false);
        for (StepStats s : steps.subList(30, 60)) {
            feed.accept(s);
        }
        feed.publish();
        IntervalXYDataset band = (IntervalXYDataset) live.getXYPlot().getDataset(1);
        for (int layer = 0; layer < LAYERS; layer++) {
            assertThat(band.getYValue(0, layer)).isEqualTo(medians[layer]);
        }
        assertThat(live.getXYPlot().getFixedLegendItems().get(1).getLabel()).isEqualTo(builtLabel);
        assertThat(live.getXYPlot().getFixedLegendItems().get(0).getLabel()).isEqualTo("||dL/dW|| at step 60");
    }

    @Test
    void recentMediansKeepTheLastWindowOfSteps() {
        RecentMedians m = new RecentMedians(1, 3);
        double[] q = new double[3];
        m.add(step(1, 10));
        m.add(step(2, 1000));
        assertThat(m.full()).isFalse();
        m.quantiles(0, q);
        assertThat(q[0]).isCloseTo(100, within(1e-9)); // geometric: 10^((1 + 3) / 2)
        m.add(step(3, 100));
        m.add(step(4, 1)); // pushes out step 1
        assertThat(m.full()).isTrue();
        assertThat(m.firstStep()).isEqualTo(2);
        assertThat(m.lastStep()).isEqualTo(4);
        m.quantiles(0, q);
        assertThat(q[0]).isCloseTo(100, within(1e-9));
        assertThat(q[1]).isCloseTo(10, within(1e-9)); // 10^(0 + 0.5 * (2 - 0))
        assertThat(q[2]).isCloseTo(Math.pow(10, 2.5), within(1e-9));
        m.add(step(5, Double.NaN));
        m.add(step(6, 0));
        m.add(step(7, Double.NaN));
        m.quantiles(0, q);
        assertThat(q[0]).as("no usable value in the window").isNaN();
    }

    private static StepStats step(long s, double g) {
        LayerStats l = new LayerStats(g, g, g, 1e-3, 1, 0.5, 0.2, 0.1, Double.NaN, !Double.isFinite(g));
        return new StepStats(s, 1, Double.NaN, Double.NaN, 0.1, 1, 1, false, false, List.of(l), List.of());
    }

    /** Steps whose norms spread over decades, with now and then a zero or a non-finite value in some layer. */
    private static List<StepStats> noisySteps(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<StepStats> out = new ArrayList<>();
        for (long s = 1; s <= n; s++) {
            List<LayerStats> ls = new ArrayList<>();
            for (int k = 0; k < LAYERS; k++) {
                double g = Math.pow(10, k - LAYERS + 2 * r.nextDouble());
                boolean nonFinite = false;
                int odd = r.nextInt(40);
                if (odd == 0) {
                    g = 0;
                } else if (odd == 1) {
                    g = Double.POSITIVE_INFINITY;
                    nonFinite = true;
                }
                ls.add(new LayerStats(g, g, g, 1e-3, 1, 0.5, 0.2, 0.1, Double.NaN, nonFinite));
            }
            out.add(new StepStats(s, 1.0 / s, Double.NaN, Double.NaN, 0.1, 1, 1, false, false, ls, List.of()));
        }
        return out;
    }

    private static History record(List<StepStats> steps) {
        History h = new History();
        steps.forEach(h::record);
        return h;
    }
}
