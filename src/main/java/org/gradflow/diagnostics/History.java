package org.gradflow.diagnostics;

import java.util.List;
import java.util.Objects;

import org.gradflow.engine.StepStats;

/**
 * The record of a whole training run in bounded memory, for charts and for saving. Per step it keeps the numbers of
 * {@link StepMetric} and, per layer, of {@link LayerMetric}:
 * <ul>
 * <li>the first {@link HistoryLimits#firstSteps()} steps and the latest {@link HistoryLimits#recentSteps()} steps at
 * full resolution (as {@code double});</li>
 * <li>the steps in between as a multi-resolution summary of at most {@link HistoryLimits#maxBuckets()} buckets with
 * min, max, mean and last per metric (as {@code float}), whose width doubles as the run grows; see {@link Series}
 * for the NaN and infinity rules;</li>
 * <li>every event: ranges of clipped and non-finite steps, and the complete {@link StepStats} of the first
 * {@link HistoryLimits#maxNonFiniteSteps()} non-finite steps;</li>
 * <li>histograms: the latest {@link HistoryLimits#recentHistograms()} snapshots, older ones summed into at most
 * {@link HistoryLimits#maxHistogramBuckets()} entries.</li>
 * </ul>
 * The number of layers and the histogram bins are fixed by the first step recorded. Thread-safe: one thread records
 * while others query; every query returns an immutable copy.
 */
public final class History {
    private final HistoryLimits limits;
    private ColumnLayout layout;
    private RowBuffer first;
    private BucketSummary summary;
    private RowBuffer recent;
    private EventLog events;
    private HistogramStore histograms;
    private double[] row;
    private double[] evicted;
    private StepStats latest;
    private long stepCount;

    /** Creates an empty History with {@link HistoryLimits#DEFAULT}. */
    public History() {
        this(HistoryLimits.DEFAULT);
    }

    /** @param limits the memory bounds, not {@code null} */
    public History(HistoryLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return the memory bounds, never {@code null} */
    public HistoryLimits limits() {
        return limits;
    }

    /**
     * Records one step.
     *
     * @param stats the step's statistics, not {@code null}; its step number must be greater than the last one recorded,
     *        its layer count equal to the first step's, and its histograms (if any) one per layer with the first
     *        snapshot's bin counts
     * @throws IllegalArgumentException if {@code stats} breaks one of these rules; the History is then unchanged
     */
    public synchronized void record(StepStats stats) {
        Objects.requireNonNull(stats, "stats");
        int layers = stats.layers().size();
        if (latest != null && stats.step() <= latest.step()) {
            throw new IllegalArgumentException("step " + stats.step() + " does not follow step " + latest.step());
        }
        boolean fresh = layout == null;
        if (!fresh && layers != layout.layers()) {
            throw new IllegalArgumentException("expected " + layout.layers() + " layers, got " + layers);
        }
        HistogramStore store = fresh
                ? new HistogramStore(layers, limits.recentHistograms(), limits.maxHistogramBuckets()) : histograms;
        if (stats.hasHistograms()) {
            store.check(stats.histograms());
        }
        if (fresh) {
            ColumnLayout newLayout = new ColumnLayout(layers);
            int columns = newLayout.columns();
            init(newLayout, new RowBuffer(columns, limits.firstSteps()),
                    new BucketSummary(columns, limits.maxBuckets()), new RowBuffer(columns, limits.recentSteps()),
                    new EventLog(limits.maxEventRanges(), limits.maxNonFiniteSteps()), store);
        }
        long previousStep = latest == null ? Long.MIN_VALUE : latest.step();
        layout.fill(stats, row);
        if (!first.isFull()) {
            first.add(stats.step(), row);
        } else {
            if (recent.isFull()) {
                long step = recent.removeOldest(evicted);
                summary.add(step, evicted);
            }
            recent.add(stats.step(), row);
        }
        events.record(stats, previousStep);
        if (stats.hasHistograms()) {
            histograms.add(stats.step(), stats.histograms());
        }
        latest = stats;
        stepCount++;
    }

    /** @return the last recorded step's statistics, or {@code null} when nothing was recorded */
    public synchronized StepStats latest() {
        return latest;
    }

    /** @return number of steps recorded */
    public synchronized long stepCount() {
        return stepCount;
    }

    /** @return the step number of the last recorded step, or 0 when nothing was recorded */
    public synchronized long lastStep() {
        return latest == null ? 0 : latest.step();
    }

    /** @return number of layers, fixed by the first step; 0 when nothing was recorded */
    public synchronized int layerCount() {
        return layout == null ? 0 : layout.layers();
    }

    /**
     * @param metric the whole-network metric, not {@code null}
     * @return the metric over the whole run, see {@link Series}; empty when nothing was recorded
     */
    public synchronized Series stepSeries(StepMetric metric) {
        Objects.requireNonNull(metric, "metric");
        return layout == null ? Series.EMPTY : series(layout.column(metric));
    }

    /**
     * @param layer layer index, 0 = input side, below {@link #layerCount()}
     * @param metric the per-layer metric, not {@code null}
     * @return the metric of that layer over the whole run, see {@link Series}
     * @throws IndexOutOfBoundsException if {@code layer} is out of range (always when nothing was recorded)
     */
    public synchronized Series layerSeries(int layer, LayerMetric metric) {
        Objects.requireNonNull(metric, "metric");
        Objects.checkIndex(layer, layerCount());
        return series(layout.column(layer, metric));
    }

    /** @return the ranges of non-finite and clipped steps, ordered by first step; immutable, never {@code null} */
    public synchronized List<HistoryEvent> events() {
        return events == null ? List.of() : List.copyOf(events.events());
    }

    /** @return the complete statistics of the first non-finite steps, in step order; immutable, never {@code null} */
    public synchronized List<StepStats> nonFiniteSteps() {
        return events == null ? List.of() : events.nonFiniteSteps();
    }

    /**
     * @param layer layer index, 0 = input side, below {@link #layerCount()}
     * @return that layer's histograms over the run, in step order (merged older ones first); immutable
     * @throws IndexOutOfBoundsException if {@code layer} is out of range
     */
    public synchronized List<HistogramSnapshot> histograms(int layer) {
        Objects.checkIndex(layer, layerCount());
        return List.copyOf(histograms.snapshots(layer));
    }

    /**
     * @return bytes held: the capacity of every array times its element size, plus a small constant per object and
     *         the size of the kept {@link StepStats} objects
     */
    public synchronized long estimatedBytes() {
        long bytes = MemorySizes.OBJECT + MemorySizes.of(latest);
        if (layout != null) {
            bytes += MemorySizes.OBJECT + first.estimatedBytes() + summary.estimatedBytes() + recent.estimatedBytes()
                    + events.estimatedBytes() + histograms.estimatedBytes() + MemorySizes.of(row)
                    + MemorySizes.of(evicted);
        }
        return bytes;
    }

    /**
     * The bound of {@link #estimatedBytes()}: what this History holds once every store is full, for its limits, its
     * layer count and the histogram bins of its first snapshot. Before the first step (layers unknown) it is the
     * current size; before the first histogram snapshot it assumes no histograms.
     *
     * @return bytes, at least {@link #estimatedBytes()}
     */
    public synchronized long boundBytes() {
        if (layout == null) {
            return estimatedBytes();
        }
        int columns = layout.columns();
        long step = MemorySizes.stepStatsBound(layout.layers(), histograms.gradientBins(), histograms.activationBins());
        return MemorySizes.OBJECT + step + MemorySizes.OBJECT + RowBuffer.boundBytes(columns, limits.firstSteps())
                + BucketSummary.boundBytes(columns, limits.maxBuckets())
                + RowBuffer.boundBytes(columns, limits.recentSteps())
                + EventLog.boundBytes(limits.maxEventRanges(), limits.maxNonFiniteSteps(), step)
                + histograms.boundBytes() + MemorySizes.of(row) + MemorySizes.of(evicted);
    }

    /** @return an immutable copy of everything stored; {@link #fromState} turns it back into an equal History */
    public synchronized HistoryState state() {
        if (layout == null) {
            return HistoryStates.empty(limits);
        }
        return new HistoryState(limits, layout.layers(), stepCount, latest, first.state(), summary.state(),
                recent.state(), events.clippedState(), events.nonFiniteState(), events.nonFiniteSteps(),
                histograms.state());
    }

    /**
     * Rebuilds a History from {@link #state()}; recording the same steps into both afterwards gives equal states.
     *
     * @param state a state, not {@code null}
     * @return a new History holding exactly that state
     * @throws IllegalArgumentException if the state is inconsistent (for example edited or corrupted)
     */
    public static History fromState(HistoryState state) {
        Objects.requireNonNull(state, "state");
        HistoryLimits limits = state.limits();
        History h = new History(limits);
        if (state.stepCount() == 0) {
            if (!state.equals(HistoryStates.empty(limits))) {
                throw new IllegalArgumentException("a state without steps must hold nothing else");
            }
            return h;
        }
        int layers = state.layerCount();
        if (state.latest().layers().size() != layers) {
            throw new IllegalArgumentException("latest step has " + state.latest().layers().size()
                    + " layers, expected " + layers);
        }
        ColumnLayout layout = new ColumnLayout(layers);
        int columns = layout.columns();
        h.init(layout, RowBuffer.fromState(state.firstRows(), columns, limits.firstSteps()),
                BucketSummary.fromState(state.summary(), columns, limits.maxBuckets()),
                RowBuffer.fromState(state.recentRows(), columns, limits.recentSteps()),
                EventLog.fromState(state.clippedRanges(), state.nonFiniteRanges(), state.nonFiniteSteps(),
                        limits.maxEventRanges(), limits.maxNonFiniteSteps()),
                HistogramStore.fromState(state.histograms(), layers, limits.recentHistograms(),
                        limits.maxHistogramBuckets()));
        h.latest = state.latest();
        h.stepCount = state.stepCount();
        HistoryStates.checkRows(h.first, h.summary, h.recent, state);
        return h;
    }

    private void init(ColumnLayout newLayout, RowBuffer newFirst, BucketSummary newSummary, RowBuffer newRecent,
                      EventLog newEvents, HistogramStore newHistograms) {
        layout = newLayout;
        first = newFirst;
        summary = newSummary;
        recent = newRecent;
        events = newEvents;
        histograms = newHistograms;
        row = new double[newLayout.columns()];
        evicted = new double[newLayout.columns()];
    }

    private Series series(int column) {
        SeriesBuilder b = new SeriesBuilder(first.size() + summary.buckets() + recent.size());
        first.appendColumn(column, b);
        summary.appendColumn(column, b);
        recent.appendColumn(column, b);
        return b.build();
    }

    @Override
    public synchronized String toString() {
        return "History[steps=" + stepCount + ", layers=" + layerCount() + ", lastStep=" + lastStep() + "]";
    }
}
