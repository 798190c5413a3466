package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gradflow.engine.HistogramBins;
import org.gradflow.engine.LayerHistograms;
import org.gradflow.engine.StepStats;
import org.junit.jupiter.api.Test;

class HistoryBoundTest {
    private static final HistoryLimits SMALL = new HistoryLimits(100, 500, 16, 4, 4, 8, 2);

    @Test
    void emptyHistoryIsItsOwnBound() {
        History h = new History(SMALL);
        assertThat(h.boundBytes()).isEqualTo(h.estimatedBytes());
    }

    @Test
    void estimateNeverExceedsTheBoundAndReachesItWhenEveryStoreIsFull() {
        History h = new History(SMALL);
        h.record(step(1));
        long bound = h.boundBytes();
        for (long step = 2; step <= 30_001; step++) {
            h.record(step(step));
            assertThat(h.estimatedBytes()).as("step %d", step).isLessThanOrEqualTo(bound);
            assertThat(h.boundBytes()).as("the bound is fixed by the first step").isEqualTo(bound);
        }
        // Every store is full except the non-finite events: no such step happened, so neither their ranges nor the
        // 2 kept steps take space. The latest step (30,001) has histograms, as the bound assumes.
        long keptNonFinite = 2 * MemorySizes.stepStatsBound(2, HistogramBins.GRAD_BINS, HistogramBins.ACT_BINS);
        long nonFiniteRanges = 3 * (MemorySizes.array(8, 8) - MemorySizes.array(0, 8));
        assertThat(h.estimatedBytes()).isEqualTo(bound - keptNonFinite - nonFiniteRanges);
    }

    @Test
    void boundCoversKeptNonFiniteSteps() {
        History h = new History(SMALL);
        for (long step = 1; step <= 5_000; step++) {
            StepStats s = step(step);
            h.record(step % 50 == 0 ? Steps.nonFinite(s) : s);
            assertThat(h.estimatedBytes()).as("step %d", step).isLessThanOrEqualTo(h.boundBytes());
        }
        assertThat(h.nonFiniteSteps()).hasSize(2);
    }

    @Test
    void boundGrowsWithLayersAndLimits() {
        History two = new History(SMALL);
        two.record(step(1));
        History three = new History(SMALL);
        three.record(Steps.step(1, 3, Steps.histograms(3, 0)));
        History wider = new History(new HistoryLimits(100, 1_000, 16, 4, 4, 8, 2));
        wider.record(step(1));
        int columns = ColumnLayout.columnsFor(2);
        assertThat(three.boundBytes()).isGreaterThan(two.boundBytes());
        assertThat(wider.boundBytes() - two.boundBytes()).isEqualTo(500L * (columns + 1) * 8);
    }

    /** Two layers; histograms on every third step, clipped on some steps (from {@link Steps}). */
    private static StepStats step(long step) {
        List<LayerHistograms> hs = step % 3 == 1 ? Steps.histograms(2, 0) : List.of();
        return Steps.step(step, 2, hs);
    }
}
