package org.gradflow.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveBandDatasetTest {
    @Test
    void appendsWithoutEventsAndPublishesOnce() {
        LiveBandDataset d = new LiveBandDataset(100);
        AtomicInteger events = new AtomicInteger();
        d.addChangeListener(e -> events.incrementAndGet());
        int s = d.addSeries("layer 1");
        for (int i = 1; i <= 10; i++) {
            d.append(s, i, i * 2, i, i * 3);
        }
        assertThat(events.get()).isZero();
        d.publish();
        assertThat(events.get()).isEqualTo(1);
        assertThat(d.getItemCount(s)).isEqualTo(10);
        assertThat(d.getYValue(s, 4)).isEqualTo(10);
        assertThat(d.getStartYValue(s, 4)).isEqualTo(5);
        assertThat(d.getEndYValue(s, 4)).isEqualTo(15);
        assertThat(d.lastX(s)).isEqualTo(10);
    }

    @Test
    void bandsCanBeHidden() {
        LiveBandDataset d = new LiveBandDataset(10);
        int s = d.addSeries("x");
        d.append(s, 1, 2, 1, 3);
        d.setBandsShown(false);
        assertThat(d.getStartYValue(s, 0)).isNaN();
        assertThat(d.getEndYValue(s, 0)).isNaN();
        assertThat(d.getYValue(s, 0)).isEqualTo(2);
        d.setBandsShown(true);
        assertThat(d.getEndYValue(s, 0)).isEqualTo(3);
    }

    @Test
    void mergesPairsKeepingTheEnvelope() {
        LiveBandDataset d = new LiveBandDataset(8);
        int s = d.addSeries("x");
        for (int i = 1; i <= 9; i++) {
            d.append(s, i, i, i, i);
        }
        // 9 items > 8: merged to 5 (four pairs and the last alone)
        assertThat(d.getItemCount(s)).isEqualTo(5);
        assertThat(d.getXValue(s, 0)).isEqualTo(1.5);
        assertThat(d.getStartXValue(s, 0)).isEqualTo(1);
        assertThat(d.getEndXValue(s, 0)).isEqualTo(2);
        assertThat(d.getYValue(s, 0)).isEqualTo(1.5);
        assertThat(d.getStartYValue(s, 0)).isEqualTo(1);
        assertThat(d.getEndYValue(s, 0)).isEqualTo(2);
        assertThat(d.getXValue(s, 4)).isEqualTo(9);
    }

    @Test
    void everyItemCoversTheSameStepsAfterManyMerges() {
        LiveBandDataset d = new LiveBandDataset(100);
        int s = d.addSeries("x");
        for (int i = 1; i <= 1000; i++) {
            d.append(s, i, i, i, i);
        }
        int n = d.getItemCount(s);
        assertThat(n).isBetween(50, 100);
        assertThat(d.getStartXValue(s, 0)).isEqualTo(1);
        double width = d.getEndXValue(s, 0) - d.getStartXValue(s, 0);
        for (int i = 0; i < n - 1; i++) {
            assertThat(d.getEndXValue(s, i) - d.getStartXValue(s, i)).isEqualTo(width);
            assertThat(d.getYValue(s, i)).isEqualTo(d.getXValue(s, i));
            assertThat(d.getStartYValue(s, i)).isEqualTo(d.getStartXValue(s, i));
        }
        assertThat(d.getEndXValue(s, n - 1)).isEqualTo(1000);
        assertThat(d.lastX(s)).isEqualTo(1000);
    }

    @Test
    void mergingSkipsGaps() {
        LiveBandDataset d = new LiveBandDataset(4);
        int s = d.addSeries("x");
        d.append(s, 1, Double.NaN, Double.NaN, Double.NaN);
        d.append(s, 2, 5, 4, 6);
        d.append(s, 3, 1, 1, 1);
        d.append(s, 4, 1, 1, 1);
        d.append(s, 5, 1, 1, 1);
        assertThat(d.getYValue(s, 0)).isEqualTo(5);
        assertThat(d.getStartYValue(s, 0)).isEqualTo(4);
    }
}
