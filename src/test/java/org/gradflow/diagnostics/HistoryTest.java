package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gradflow.engine.LayerHistograms;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HistoryTest {
    private static final HistoryLimits SMALL = new HistoryLimits(100, 500, 16, 4, 4, 8, 2);

    @Test
    void emptyHistory() {
        History h = new History();
        assertThat(h.latest()).isNull();
        assertThat(h.stepCount()).isZero();
        assertThat(h.lastStep()).isZero();
        assertThat(h.layerCount()).isZero();
        assertThat(h.stepSeries(StepMetric.LOSS).size()).isZero();
        assertThat(h.events()).isEmpty();
        assertThat(h.nonFiniteSteps()).isEmpty();
        assertThatThrownBy(() -> h.layerSeries(0, LayerMetric.ACT_MEAN)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.histograms(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(h.estimatedBytes()).isPositive().isLessThan(1_000);
    }

    @Test
    void smallRunIsStoredExactly() {
        History h = new History();
        List<StepStats> steps = new ArrayList<>();
        for (long step = 1; step <= 500; step++) {
            StepStats s = Steps.step(step, 3, step % 10 == 0 ? Steps.histograms(3, (int) step % 13) : List.of());
            steps.add(s);
            h.record(s);
        }
        assertThat(h.stepCount()).isEqualTo(500);
        assertThat(h.lastStep()).isEqualTo(500);
        assertThat(h.layerCount()).isEqualTo(3);
        assertThat(h.latest()).isSameAs(steps.get(499));
        for (StepMetric m : StepMetric.values()) {
            assertExact(h.stepSeries(m), steps, s -> m.of(s), m.name());
        }
        for (int l = 0; l < 3; l++) {
            int layer = l;
            for (LayerMetric m : LayerMetric.values()) {
                assertExact(h.layerSeries(l, m), steps, s -> m.of(s.layers().get(layer)), l + " " + m);
            }
            List<HistogramSnapshot> hs = h.histograms(l);
            assertThat(hs).hasSize(50);
            for (int i = 0; i < 50; i++) {
                StepStats s = steps.get(10 * i + 9);
                assertThat(hs.get(i)).isEqualTo(new HistogramSnapshot(s.step(), s.step(), 1, s.histograms().get(l)));
            }
        }
    }

    @Test
    void runWithinFirstAndRecentStepsIsExactWithoutBuckets() {
        History h = new History(SMALL);
        List<StepStats> steps = new ArrayList<>();
        for (long step = 1; step <= 600; step++) {
            steps.add(Steps.step(step * 3, 2));
            h.record(steps.get(steps.size() - 1));
        }
        assertExact(h.stepSeries(StepMetric.VAL_LOSS), steps, StepMetric.VAL_LOSS::of, "val_loss");
        assertExact(h.layerSeries(1, LayerMetric.SATURATION), steps,
                s -> LayerMetric.SATURATION.of(s.layers().get(1)), "saturation");
        assertThat(h.lastStep()).isEqualTo(1800);
    }

    @Test
    void longRunEnvelopeIsExactAndCoversEveryStepOnce() {
        History h = new History(SMALL);
        int layers = 2;
        long steps = 50_000;
        for (long step = 1; step <= steps; step++) {
            h.record(Steps.step(step, layers));
        }
        ColumnLayout layout = new ColumnLayout(layers);
        for (StepMetric m : StepMetric.values()) {
            int c = layout.column(m);
            Envelope.assertCovers(h.stepSeries(m), steps, step -> Steps.value(step, c), SMALL, m.name());
        }
        for (int l = 0; l < layers; l++) {
            for (LayerMetric m : LayerMetric.values()) {
                int c = layout.column(l, m);
                Envelope.assertCovers(h.layerSeries(l, m), steps, step -> Steps.value(step, c), SMALL,
                        l + " " + m);
            }
        }
    }

    @Test
    void nanIsIgnoredAndInfinityIsKeptApartFromTheMean() {
        History h = new History(new HistoryLimits(0, 1, 2, 1, 2, 2, 0));
        double[] losses = {1, Double.POSITIVE_INFINITY, 3, Double.NaN, 5, 7};
        for (int i = 0; i < losses.length; i++) {
            StepStats s = Steps.step(i + 1, 1);
            h.record(new StepStats(s.step(), losses[i], Double.NaN, Double.NaN, 0.1, 1, 1, false, false,
                    s.layers(), List.of()));
        }
        Series loss = h.stepSeries(StepMetric.LOSS);
        assertThat(loss.stepStart()).containsExactly(1, 5, 6);
        assertThat(loss.stepEnd()).containsExactly(4, 5, 6);
        assertThat(loss.min(0)).isEqualTo(1.0);
        assertThat(loss.max(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(loss.mean(0)).as("finite values only").isEqualTo(2.0);
        assertThat(loss.last(0)).as("last non-NaN value").isEqualTo(3.0);
        assertThat(loss.mean(1)).isEqualTo(5.0);
        assertThat(loss.mean(2)).isEqualTo(7.0);
        Series val = h.stepSeries(StepMetric.VAL_LOSS);
        assertThat(val.min(0)).isNaN();
        assertThat(val.mean(0)).isNaN();
        assertThat(val.last(1)).isNaN();
    }

    @Test
    void eventsAreKeptAfterTheirStepsLeaveTheRecentWindow() {
        History h = new History(SMALL);
        StepStats bad = Steps.nonFinite(Steps.clipped(Steps.step(2_500, 2), false));
        for (long step = 1; step <= 20_000; step++) {
            StepStats s = step == 2_500 ? bad : Steps.clipped(Steps.step(step, 2), step >= 3_000 && step < 3_010);
            h.record(s);
        }
        assertThat(h.events()).containsExactly(
                new HistoryEvent(EventKind.NON_FINITE, 2_500, 2_500, 1),
                new HistoryEvent(EventKind.CLIPPED, 3_000, 3_009, 10));
        assertThat(h.nonFiniteSteps()).containsExactly(bad);
        Series flag = h.stepSeries(StepMetric.NON_FINITE);
        for (int i = 0; i < flag.size(); i++) {
            boolean covers = flag.stepStart(i) <= 2_500 && 2_500 <= flag.stepEnd(i);
            assertThat(flag.max(i)).as("row " + i).isEqualTo(covers ? 1.0 : 0.0);
        }
    }

    @Test
    void rejectedStepsLeaveTheHistoryUnchanged() {
        History h = new History(SMALL);
        assertThatThrownBy(() -> h.record(Steps.step(1, 2, Steps.histograms(3, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(h.layerCount()).as("first step rejected: nothing fixed").isZero();
        for (long step = 1; step <= 700; step++) {
            h.record(Steps.step(step, 2, step % 5 == 0 ? Steps.histograms(2, 1) : List.of()));
        }
        HistoryState before = h.state();
        assertThatThrownBy(() -> h.record(Steps.step(700, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("700");
        assertThatThrownBy(() -> h.record(Steps.step(701, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.record(Steps.step(701, 2, Steps.histograms(1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.record(null)).isInstanceOf(NullPointerException.class);
        assertThat(h.state()).isEqualTo(before);
    }

    @Test
    void stateRoundTripsExactlyAndContinuesIdentically() {
        assertThat(History.fromState(new History().state()).state()).isEqualTo(new History().state());
        History a = new History(SMALL);
        for (long step = 1; step <= 3_000; step++) {
            a.record(mixed(step));
        }
        HistoryState state = a.state();
        History b = History.fromState(state);
        assertThat(b.state()).isEqualTo(state);
        assertThat(b.stepSeries(StepMetric.LOSS)).isEqualTo(a.stepSeries(StepMetric.LOSS));
        assertThat(b.layerSeries(1, LayerMetric.GRAD_NORM_W)).isEqualTo(a.layerSeries(1, LayerMetric.GRAD_NORM_W));
        assertThat(b.events()).isEqualTo(a.events()).isNotEmpty();
        assertThat(b.nonFiniteSteps()).isEqualTo(a.nonFiniteSteps()).hasSize(2);
        assertThat(b.histograms(0)).isEqualTo(a.histograms(0));
        assertThat(b.estimatedBytes()).isLessThanOrEqualTo(a.estimatedBytes());
        for (long step = 3_001; step <= 4_000; step++) {
            StepStats s = mixed(step);
            a.record(s);
            b.record(s);
        }
        assertThat(b.state()).isEqualTo(a.state());
    }

    @Test
    void stateRoundTripsWithDefaultLimitsOncePartsAreFull() {
        History a = new History();
        for (long step = 1; step <= 12_000; step++) {
            a.record(mixed(step));
        }
        HistoryState state = a.state();
        assertThat(state.summary().buckets()).isPositive();
        assertThat(History.fromState(state).state()).isEqualTo(state);
    }

    @Test
    void fromStateRejectsInconsistentStates() {
        History a = new History(SMALL);
        for (long step = 1; step <= 1_000; step++) {
            a.record(mixed(step));
        }
        HistoryState s = a.state();
        HistoryState wrongCount = new HistoryState(s.limits(), s.layerCount(), s.stepCount() + 1, s.latest(),
                s.firstRows(), s.summary(), s.recentRows(), s.clippedRanges(), s.nonFiniteRanges(),
                s.nonFiniteSteps(), s.histograms());
        assertThatThrownBy(() -> History.fromState(wrongCount)).isInstanceOf(IllegalArgumentException.class);
        HistoryState wrongLatest = new HistoryState(s.limits(), s.layerCount(), s.stepCount(), mixed(999),
                s.firstRows(), s.summary(), s.recentRows(), s.clippedRanges(), s.nonFiniteRanges(),
                s.nonFiniteSteps(), s.histograms());
        assertThatThrownBy(() -> History.fromState(wrongLatest)).isInstanceOf(IllegalArgumentException.class);
        HistoryState tighter = new HistoryState(new HistoryLimits(100, 400, 16, 4, 4, 8, 2), s.layerCount(),
                s.stepCount(), s.latest(), s.firstRows(), s.summary(), s.recentRows(), s.clippedRanges(),
                s.nonFiniteRanges(), s.nonFiniteSteps(), s.histograms());
        assertThatThrownBy(() -> History.fromState(tighter)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void memoryStopsGrowingOnceTheLimitsAreReached() {
        History h = new History(SMALL);
        for (long step = 1; step <= 20_001; step++) {
            h.record(mixed(step));
        }
        long bytes = h.estimatedBytes();
        for (long step = 20_002; step <= 60_000; step++) {
            h.record(mixed(step));
        }
        assertThat(h.estimatedBytes()).isEqualTo(bytes);
        int columns = ColumnLayout.columnsFor(2);
        long rowArrays = (100L + 500L) * (columns * 8L + 8) + 16L * columns * (4 * 4 + 4);
        assertThat(bytes).as("at least the full row and bucket arrays").isGreaterThan(rowArrays);
    }

    @Test
    void concurrentReadersSeeConsistentCopiesWhileTheTrainerWrites() throws Exception {
        History h = new History(SMALL);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                try {
                    for (long step = 1; step <= 60_000; step++) {
                        h.record(mixed(step));
                    }
                } finally {
                    done.set(true);
                }
            });
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (!done.get() || reads == 0) {
                    Series s = h.layerSeries(1, LayerMetric.UPDATE_RATIO);
                    for (int i = 1; i < s.size(); i++) {
                        if (s.stepStart(i) != s.stepEnd(i - 1) + 1) {
                            throw new AssertionError("gap at row " + i);
                        }
                    }
                    h.stepSeries(StepMetric.LOSS);
                    h.events();
                    h.histograms(0);
                    h.estimatedBytes();
                    h.state();
                    reads++;
                }
                return reads;
            });
            writer.get(60, TimeUnit.SECONDS);
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(h.stepCount()).isEqualTo(60_000);
    }

    @Test
    @Timeout(120)
    void millionStepsOfTwentyLayersFitIn64MegabytesAndKeepEverything() {
        int layers = 20;
        long steps = 1_000_000;
        List<List<LayerStats>> layerPool = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            layerPool.add(Steps.step(p + 1, layers).layers());
        }
        List<List<LayerHistograms>> histogramPool = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            histogramPool.add(Steps.histograms(layers, p));
        }
        StepStats bad = null;
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        History h = new History();
        for (long step = 1; step <= steps; step++) {
            StepStats s = new StepStats(step, Steps.value(step, 0), Steps.value(step, 1), Steps.value(step, 2), 0.01,
                    Steps.value(step, 4), Steps.value(step, 5), step % 100_000 < 5, step == 500_000,
                    layerPool.get((int) (step % 8)),
                    step % 10 == 0 ? histogramPool.get((int) (step / 10 % 4)) : List.of());
            if (step == 500_000) {
                bad = s;
            }
            h.record(s);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long estimated = h.estimatedBytes();
        long retained = usedHeapAfterGc() - before;
        System.out.printf("History of 1M steps x 20 layers: recorded in %.1f s, estimatedBytes %,d, retained heap %,d%n",
                seconds, estimated, retained);

        assertThat(estimated).isLessThanOrEqualTo(64L << 20);
        assertThat(retained).as("heap retained, measured via Runtime").isLessThanOrEqualTo(64L << 20)
                .isBetween(estimated * 3 / 4, estimated * 5 / 4 + (4L << 20));
        assertThat(h.stepCount()).isEqualTo(steps);

        assertThat(h.nonFiniteSteps()).containsExactly(bad);
        assertThat(h.nonFiniteSteps().get(0).layers()).isEqualTo(layerPool.get(0));
        List<HistoryEvent> expected = new ArrayList<>();
        expected.add(new HistoryEvent(EventKind.CLIPPED, 1, 4, 4));
        for (long k = 100_000; k < steps; k += 100_000) {
            if (k == 500_000) {
                expected.add(new HistoryEvent(EventKind.NON_FINITE, k, k, 1));
            }
            expected.add(new HistoryEvent(EventKind.CLIPPED, k, k + 4, 5));
        }
        expected.add(new HistoryEvent(EventKind.CLIPPED, steps, steps, 1));
        assertThat(h.events()).containsExactlyElementsOf(expected);

        Envelope.assertCovers(h.stepSeries(StepMetric.LOSS), steps, step -> Steps.value(step, 0),
                HistoryLimits.DEFAULT, "loss");
        Envelope.assertCovers(h.stepSeries(StepMetric.GRAD_NORM_GLOBAL), steps, step -> Steps.value(step, 4),
                HistoryLimits.DEFAULT, "grad_norm_global");
        Envelope.assertCovers(h.layerSeries(19, LayerMetric.GRAD_NORM_W), steps,
                step -> layerPool.get((int) (step % 8)).get(19).gradNormW(), HistoryLimits.DEFAULT, "layer 19");

        List<HistogramSnapshot> hs = h.histograms(5);
        assertThat(hs.size()).isLessThanOrEqualTo(256 + 256);
        long expectedTotal = 0;
        for (long step = 10; step <= steps; step += 10) {
            expectedTotal += histogramPool.get((int) (step / 10 % 4)).get(5).weightGradients().total();
        }
        assertThat(hs.stream().mapToLong(HistogramSnapshot::snapshotCount).sum()).isEqualTo(steps / 10);
        assertThat(hs.stream().mapToLong(x -> x.histograms().weightGradients().total()).sum()).isEqualTo(expectedTotal);
        assertThat(hs.get(hs.size() - 1)).isEqualTo(new HistogramSnapshot(steps, steps, 1,
                histogramPool.get((int) (steps / 10 % 4)).get(5)));
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /** A step with histograms every 3rd step, clipping on some, and non-finite at steps 777, 778 and 2222. */
    private static StepStats mixed(long step) {
        List<LayerHistograms> hs = step % 3 == 0 ? Steps.histograms(2, (int) (step % 17)) : List.of();
        StepStats s = Steps.step(step, 2, hs);
        return step == 777 || step == 778 || step == 2222 ? Steps.nonFinite(s) : s;
    }

    private interface Extract {
        double of(StepStats s);
    }

    private static void assertExact(Series series, List<StepStats> steps, Extract value, String what) {
        assertThat(series.size()).as(what).isEqualTo(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            StepStats s = steps.get(i);
            double v = value.of(s);
            assertThat(series.stepStart(i)).isEqualTo(s.step());
            assertThat(series.stepEnd(i)).isEqualTo(s.step());
            Steps.assertSameValue(series.min(i), v, what + " min " + i);
            Steps.assertSameValue(series.max(i), v, what + " max " + i);
            Steps.assertSameValue(series.mean(i), v, what + " mean " + i);
            Steps.assertSameValue(series.last(i), v, what + " last " + i);
        }
    }
}
