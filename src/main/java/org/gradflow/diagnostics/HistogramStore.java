package org.gradflow.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gradflow.engine.Histogram;
import org.gradflow.engine.LayerHistograms;

/**
 * Bounded storage of histogram snapshots: the latest {@code maxRecent} snapshots as they are, older ones summed into
 * at most {@code maxMerged} entries of {@code width} consecutive snapshots; when all entries are in use neighbouring
 * pairs are summed and the width doubles. Summing keeps every total exact. Counts are stored in flat {@code long[]}
 * arrays, per entry and layer {@code [gradient bins, zeros, non-finite, activation bins, zeros, non-finite]}. Every
 * snapshot must have the same bin counts as the first. Not thread-safe.
 */
final class HistogramStore {
    private static final int INITIAL_ENTRIES = 8;

    private final int layers;
    private final int maxRecent;
    private final int maxMerged;
    private int gradBins = -1;
    private int actBins = -1;
    private int perLayer;
    private int perEntry;

    private long[] recentSteps = new long[0];
    private long[] recentCounts = new long[0];
    private int recentStart;
    private int recentSize;

    private long[] mergedFirst = new long[0];
    private long[] mergedLast = new long[0];
    private long[] mergedSnapshots = new long[0];
    private long[] mergedCounts = new long[0];
    private int mergedSize;
    private long mergedWidth = 1;

    HistogramStore(int layers, int maxRecent, int maxMerged) {
        if (layers < 0 || maxRecent < 1 || maxMerged < 2 || maxMerged % 2 != 0) {
            throw new IllegalArgumentException("need layers >= 0, maxRecent >= 1 and an even maxMerged >= 2");
        }
        this.layers = layers;
        this.maxRecent = maxRecent;
        this.maxMerged = maxMerged;
    }

    /**
     * Checks that {@code histograms} can be added: one per layer, bin counts equal to the first snapshot's.
     *
     * @throws IllegalArgumentException if not
     */
    void check(List<LayerHistograms> histograms) {
        if (histograms.size() != layers) {
            throw new IllegalArgumentException("expected histograms of " + layers + " layers, got "
                    + histograms.size());
        }
        if (layers == 0) {
            return;
        }
        int g = gradBins >= 0 ? gradBins : histograms.get(0).weightGradients().binCount();
        int a = actBins >= 0 ? actBins : histograms.get(0).activations().binCount();
        for (LayerHistograms h : histograms) {
            if (h.weightGradients().binCount() != g || h.activations().binCount() != a) {
                throw new IllegalArgumentException("histogram bins differ: expected " + g + " gradient and " + a
                        + " activation bins, got " + h.weightGradients().binCount() + " and "
                        + h.activations().binCount());
            }
        }
        long entry = (long) layers * (g + a + 4);
        if (entry * Math.max(maxRecent, maxMerged) > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("histograms of " + layers + " layers do not fit the limits");
        }
    }

    /** Adds one snapshot taken at {@code step}, greater than every step added before; see {@link #check}. */
    void add(long step, List<LayerHistograms> histograms) {
        check(histograms);
        if (layers == 0) {
            return;
        }
        if (gradBins < 0) {
            setLayout(histograms.get(0).weightGradients().binCount(), histograms.get(0).activations().binCount());
        }
        if (recentSize == maxRecent) {
            evictOldestIntoMerged();
        }
        if (recentSize == recentSteps.length) {
            growRecent();
        }
        int slot = recentSlot(recentSize);
        recentSteps[slot] = step;
        int off = slot * perEntry;
        for (LayerHistograms h : histograms) {
            off = write(h.weightGradients(), recentCounts, off);
            off = write(h.activations(), recentCounts, off);
        }
        recentSize++;
    }

    /** @return the entries of {@code layer}, merged ones then recent ones, in step order */
    List<HistogramSnapshot> snapshots(int layer) {
        Objects.checkIndex(layer, layers);
        List<HistogramSnapshot> out = new ArrayList<>(mergedSize + recentSize);
        for (int b = 0; b < mergedSize; b++) {
            out.add(new HistogramSnapshot(mergedFirst[b], mergedLast[b], mergedSnapshots[b],
                    read(mergedCounts, b * perEntry + layer * perLayer)));
        }
        for (int i = 0; i < recentSize; i++) {
            int slot = recentSlot(i);
            out.add(new HistogramSnapshot(recentSteps[slot], recentSteps[slot], 1,
                    read(recentCounts, slot * perEntry + layer * perLayer)));
        }
        return out;
    }

    /** @return number of entries, merged and recent */
    int entries() {
        return mergedSize + recentSize;
    }

    long estimatedBytes() {
        return MemorySizes.OBJECT + MemorySizes.of(recentSteps) + MemorySizes.of(recentCounts)
                + MemorySizes.of(mergedFirst) + MemorySizes.of(mergedLast) + MemorySizes.of(mergedSnapshots)
                + MemorySizes.of(mergedCounts);
    }

    /**
     * @return {@link #estimatedBytes()} once every entry is in use, for the bin counts of the first snapshot; before
     *         the first snapshot (bins unknown) the current {@link #estimatedBytes()}
     */
    long boundBytes() {
        if (gradBins < 0) {
            return estimatedBytes();
        }
        return MemorySizes.OBJECT + MemorySizes.array(maxRecent, 8) + MemorySizes.array((long) maxRecent * perEntry, 8)
                + 3 * MemorySizes.array(maxMerged, 8) + MemorySizes.array((long) maxMerged * perEntry, 8);
    }

    /** @return gradient bins per snapshot, -1 before the first snapshot */
    int gradientBins() {
        return gradBins;
    }

    /** @return activation bins per snapshot, -1 before the first snapshot */
    int activationBins() {
        return actBins;
    }

    HistogramsState state() {
        int n = mergedSize + recentSize;
        long[] first = new long[n];
        long[] last = new long[n];
        long[] snaps = new long[n];
        long[] counts = new long[n * perEntry];
        System.arraycopy(mergedFirst, 0, first, 0, mergedSize);
        System.arraycopy(mergedLast, 0, last, 0, mergedSize);
        System.arraycopy(mergedSnapshots, 0, snaps, 0, mergedSize);
        System.arraycopy(mergedCounts, 0, counts, 0, mergedSize * perEntry);
        for (int i = 0; i < recentSize; i++) {
            int slot = recentSlot(i);
            int e = mergedSize + i;
            first[e] = recentSteps[slot];
            last[e] = recentSteps[slot];
            snaps[e] = 1;
            System.arraycopy(recentCounts, slot * perEntry, counts, e * perEntry, perEntry);
        }
        return new HistogramsState(layers, gradBins, actBins, mergedWidth, mergedSize, first, last, snaps, counts);
    }

    /** @return a store holding exactly the entries of {@code state}, which is checked for consistency */
    static HistogramStore fromState(HistogramsState state, int layers, int maxRecent, int maxMerged) {
        if (state.layers() != layers) {
            throw new IllegalArgumentException("histograms have " + state.layers() + " layers, expected " + layers);
        }
        int merged = state.merged();
        int recent = state.entries() - merged;
        if (merged > maxMerged || recent > maxRecent) {
            throw new IllegalArgumentException("histogram entries exceed the limits");
        }
        HistogramStore s = new HistogramStore(layers, maxRecent, maxMerged);
        if (state.gradientBins() >= 0) {
            s.setLayout(state.gradientBins(), state.activationBins());
        }
        long[] first = state.firstStep();
        long[] last = state.lastStep();
        long[] snaps = state.snapshots();
        long[] counts = state.counts();
        for (int e = 0; e < first.length; e++) {
            boolean isMerged = e < merged;
            boolean lastMerged = e == merged - 1;
            if (first[e] > last[e] || (e > 0 && last[e - 1] >= first[e]) || snaps[e] < 1
                    || (isMerged && (snaps[e] > state.mergedWidth() || (!lastMerged && snaps[e] != state.mergedWidth())))
                    || (!isMerged && (snaps[e] != 1 || first[e] != last[e]))) {
                throw new IllegalArgumentException("invalid histogram entry " + e);
            }
        }
        s.mergedWidth = state.mergedWidth();
        s.mergedSize = merged;
        s.mergedFirst = Arrays.copyOf(first, merged);
        s.mergedLast = Arrays.copyOf(last, merged);
        s.mergedSnapshots = Arrays.copyOf(snaps, merged);
        s.mergedCounts = Arrays.copyOf(counts, merged * s.perEntry);
        s.recentSize = recent;
        s.recentSteps = Arrays.copyOfRange(first, merged, first.length);
        s.recentCounts = Arrays.copyOfRange(counts, merged * s.perEntry, counts.length);
        return s;
    }

    private void setLayout(int gradientBins, int activationBins) {
        gradBins = gradientBins;
        actBins = activationBins;
        perLayer = gradientBins + activationBins + 4;
        perEntry = layers * perLayer;
    }

    private static int write(Histogram h, long[] dst, int off) {
        int bins = h.binCount();
        for (int b = 0; b < bins; b++) {
            dst[off + b] = h.count(b);
        }
        dst[off + bins] = h.zeros();
        dst[off + bins + 1] = h.nonFinite();
        return off + bins + 2;
    }

    private LayerHistograms read(long[] src, int off) {
        Histogram g = new Histogram(Arrays.copyOfRange(src, off, off + gradBins), src[off + gradBins],
                src[off + gradBins + 1]);
        int a = off + gradBins + 2;
        Histogram act = new Histogram(Arrays.copyOfRange(src, a, a + actBins), src[a + actBins], src[a + actBins + 1]);
        return new LayerHistograms(g, act);
    }

    private int recentSlot(int i) {
        int s = recentStart + i;
        return s >= recentSteps.length ? s - recentSteps.length : s;
    }

    private void growRecent() {
        int capacity = Math.min(maxRecent, Math.max(INITIAL_ENTRIES, 2 * recentSteps.length));
        long[] steps = new long[capacity];
        long[] counts = new long[capacity * perEntry];
        for (int i = 0; i < recentSize; i++) {
            int slot = recentSlot(i);
            steps[i] = recentSteps[slot];
            System.arraycopy(recentCounts, slot * perEntry, counts, i * perEntry, perEntry);
        }
        recentSteps = steps;
        recentCounts = counts;
        recentStart = 0;
    }

    private void evictOldestIntoMerged() {
        int slot = recentStart;
        long step = recentSteps[slot];
        if (mergedSize == 0 || mergedSnapshots[mergedSize - 1] == mergedWidth) {
            openMerged(step);
        }
        int b = mergedSize - 1;
        int dst = b * perEntry;
        int src = slot * perEntry;
        for (int k = 0; k < perEntry; k++) {
            mergedCounts[dst + k] += recentCounts[src + k];
        }
        mergedLast[b] = step;
        mergedSnapshots[b]++;
        recentStart = recentStart + 1 == recentSteps.length ? 0 : recentStart + 1;
        recentSize--;
    }

    private void openMerged(long step) {
        if (mergedSize == maxMerged) {
            mergePairs();
        }
        if (mergedSize == mergedFirst.length) {
            int capacity = Math.min(maxMerged, Math.max(INITIAL_ENTRIES, 2 * mergedSize));
            mergedFirst = Arrays.copyOf(mergedFirst, capacity);
            mergedLast = Arrays.copyOf(mergedLast, capacity);
            mergedSnapshots = Arrays.copyOf(mergedSnapshots, capacity);
            mergedCounts = Arrays.copyOf(mergedCounts, capacity * perEntry);
        }
        int b = mergedSize++;
        mergedFirst[b] = step;
        mergedLast[b] = step;
        mergedSnapshots[b] = 0;
        Arrays.fill(mergedCounts, b * perEntry, (b + 1) * perEntry, 0L);
    }

    /** Sums entries (0,1), (2,3), ... into 0, 1, ...; all entries are full when this runs. */
    private void mergePairs() {
        int half = mergedSize / 2;
        for (int j = 0; j < half; j++) {
            int a = 2 * j;
            mergedFirst[j] = mergedFirst[a];
            mergedLast[j] = mergedLast[a + 1];
            mergedSnapshots[j] = mergedSnapshots[a] + mergedSnapshots[a + 1];
            int dst = j * perEntry;
            int srcA = a * perEntry;
            int srcB = srcA + perEntry;
            for (int k = 0; k < perEntry; k++) {
                mergedCounts[dst + k] = mergedCounts[srcA + k] + mergedCounts[srcB + k];
            }
        }
        mergedSize = half;
        mergedWidth *= 2;
    }
}
