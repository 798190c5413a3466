package org.gradflow.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.gradflow.ui.testing.TestSteps;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** Live feeding of a chart built from a History: appended steps, one event per publish, axes that follow. */
class TrendFeedTest {
    @Test
    void appendsEveryLayerAndFollowsTheSteps() {
        History h = TestSteps.history(20, 5);
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_NORMS, h, ChartOptions.DEFAULT);
        TrendFeed feed = new TrendFeed(ChartKind.GRADIENT_NORMS);
        feed.adopt(chart, true);
        AtomicInteger events = new AtomicInteger();
        chart.addChangeListener(e -> events.incrementAndGet());
        for (long s = 15; s <= 30; s++) {
            feed.accept(TestSteps.step(s, 5));
        }
        chart.setNotify(false);
        feed.publish();
        chart.setNotify(true);
        assertThat(events.get()).isEqualTo(1);
        assertThat(feed.data().getSeriesCount()).isEqualTo(5);
        for (int layer = 0; layer < 5; layer++) {
            assertThat(feed.data().getItemCount(layer)).isEqualTo(30);
        }
        assertThat(chart.getXYPlot().getDomainAxis().getUpperBound()).isEqualTo(30.5);
    }

    @Test
    void followsALongRunFromItsFirstStep() {
        History h = TestSteps.history(1, 11);
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_NORMS, h, ChartOptions.DEFAULT);
        TrendFeed feed = new TrendFeed(ChartKind.GRADIENT_NORMS);
        feed.adopt(chart, false);
        for (long s = 2; s <= 1500; s++) {
            feed.accept(TestSteps.step(s, 11));
            if (s % 30 == 0) {
                feed.publish();
            }
        }
        feed.publish();
        assertThat(feed.following()).isTrue();
        assertThat(chart.getXYPlot().getDomainAxis().getRange()).isEqualTo(new Range(0.5, 1500.5));
        assertThat(feed.data().getXValue(0, 0)).isLessThan(10);
        assertThat(feed.data().getItemCount(0)).isBetween(TrendFeed.MAX_ITEMS / 2, TrendFeed.MAX_ITEMS);
    }

    @Test
    void widensTheLogAxisToNewDecades() {
        History h = TestSteps.history(5, 3);
        JFreeChart chart = Charts.build(ChartKind.GRADIENT_NORMS, h, ChartOptions.DEFAULT);
        TrendFeed feed = new TrendFeed(ChartKind.GRADIENT_NORMS);
        feed.adopt(chart, true);
        LogAxis axis = (LogAxis) chart.getXYPlot().getRangeAxis();
        double before = axis.getUpperBound();
        feed.accept(TestSteps.step(100_000, 3)); // gradients 101 times larger
        feed.publish();
        assertThat(axis.getUpperBound()).isGreaterThan(before);
        assertThat(Math.log10(axis.getUpperBound()) % 1).isZero();
    }

    @Test
    void leavesZoomedAxesAlone() {
        History h = TestSteps.history(50, 2);
        JFreeChart chart = Charts.build(ChartKind.LOSS, h, ChartOptions.DEFAULT);
        TrendFeed feed = new TrendFeed(ChartKind.LOSS);
        feed.adopt(chart, true);
        chart.getXYPlot().getDomainAxis().setRange(new Range(10, 20));
        feed.accept(TestSteps.step(60, 2));
        feed.publish();
        assertThat(feed.following()).isFalse();
        assertThat(chart.getXYPlot().getDomainAxis().getRange()).isEqualTo(new Range(10, 20));
        assertThat(feed.data().getItemCount(0)).isEqualTo(51);
        assertThat(feed.data().getItemCount(1)).isEqualTo(6);
    }

    @Test
    void ignoresStepsTheChartHolds() {
        History h = TestSteps.history(10, 2);
        JFreeChart chart = Charts.build(ChartKind.SATURATION, h, ChartOptions.DEFAULT);
        TrendFeed feed = new TrendFeed(ChartKind.SATURATION);
        feed.adopt(chart, true);
        assertThat(feed.accept(TestSteps.step(10, 2))).isFalse();
        assertThat(feed.accept(TestSteps.step(11, 2))).isTrue();
    }
}
