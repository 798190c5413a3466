package org.gradflow.diagnostics;

import java.util.Arrays;
import java.util.Objects;

/**
 * The histogram store of a {@link History}, as part of a {@link HistoryState}: {@code merged} merged entries followed
 * by the recent snapshots (one step each), oldest first. Each entry holds, per layer (input side first), the counts
 * {@code [gradient bins..., gradient zeros, gradient non-finite, activation bins..., activation zeros,
 * activation non-finite]}, so {@code counts} has {@code entries * layers * (gradientBins + activationBins + 4)}
 * elements. Immutable: the arrays are copied in and out.
 *
 * @param layers number of layers, at least 0
 * @param gradientBins regular bins of a gradient histogram, or -1 when no histogram was recorded yet
 * @param activationBins regular bins of an activation histogram, or -1 when no histogram was recorded yet
 * @param mergedWidth snapshots per full merged entry, at least 1
 * @param merged number of merged entries at the start of the arrays, at least 0
 * @param firstStep first step of each entry, not {@code null}
 * @param lastStep last step of each entry, not {@code null}
 * @param snapshots number of snapshots summed in each entry, not {@code null}
 * @param counts the counts as described above, not {@code null}
 */
public record HistogramsState(int layers, int gradientBins, int activationBins, long mergedWidth, int merged,
                              long[] firstStep, long[] lastStep, long[] snapshots, long[] counts) {
    public HistogramsState {
        firstStep = Objects.requireNonNull(firstStep, "firstStep").clone();
        lastStep = Objects.requireNonNull(lastStep, "lastStep").clone();
        snapshots = Objects.requireNonNull(snapshots, "snapshots").clone();
        counts = Objects.requireNonNull(counts, "counts").clone();
        int n = firstStep.length;
        if (layers < 0 || mergedWidth < 1 || merged < 0 || merged > n) {
            throw new IllegalArgumentException("invalid layers, mergedWidth or merged");
        }
        if ((gradientBins < 0) != (activationBins < 0) || gradientBins < -1 || activationBins < -1
                || (gradientBins < 0 && n > 0)) {
            throw new IllegalArgumentException("bin counts must both be -1 (no histograms yet) or both >= 0");
        }
        long perEntry = gradientBins < 0 ? 0 : (long) layers * (gradientBins + activationBins + 4);
        if (lastStep.length != n || snapshots.length != n || counts.length != n * perEntry) {
            throw new IllegalArgumentException("array lengths do not match " + n + " entries");
        }
    }

    /** @return number of entries, merged and recent */
    public int entries() {
        return firstStep.length;
    }

    @Override
    public long[] firstStep() {
        return firstStep.clone();
    }

    @Override
    public long[] lastStep() {
        return lastStep.clone();
    }

    @Override
    public long[] snapshots() {
        return snapshots.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramsState h && layers == h.layers && gradientBins == h.gradientBins
                && activationBins == h.activationBins && mergedWidth == h.mergedWidth && merged == h.merged
                && Arrays.equals(firstStep, h.firstStep) && Arrays.equals(lastStep, h.lastStep)
                && Arrays.equals(snapshots, h.snapshots) && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(layers, gradientBins, activationBins, mergedWidth, merged);
        h = 31 * h + Arrays.hashCode(firstStep);
        h = 31 * h + Arrays.hashCode(lastStep);
        h = 31 * h + Arrays.hashCode(snapshots);
        return 31 * h + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "HistogramsState[layers=" + layers + ", entries=" + entries() + ", merged=" + merged + "]";
    }
}
