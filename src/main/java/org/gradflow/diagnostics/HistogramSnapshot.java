package org.gradflow.diagnostics;

import java.util.Objects;

import org.gradflow.engine.LayerHistograms;

/**
 * The histograms of one layer over a range of steps: either one snapshot ({@code snapshotCount == 1},
 * {@code firstStep == lastStep}) or the bin-wise sum of {@code snapshotCount} consecutive snapshots taken between
 * {@code firstStep} and {@code lastStep}. Divide the counts by {@code snapshotCount} for an average snapshot.
 *
 * @param firstStep step of the first snapshot included
 * @param lastStep step of the last snapshot included, at least {@code firstStep}
 * @param snapshotCount number of snapshots summed, at least 1
 * @param histograms the (summed) histograms, not {@code null}
 */
public record HistogramSnapshot(long firstStep, long lastStep, long snapshotCount, LayerHistograms histograms) {
    public HistogramSnapshot {
        Objects.requireNonNull(histograms, "histograms");
        if (lastStep < firstStep || snapshotCount < 1) {
            throw new IllegalArgumentException("invalid snapshot range " + firstStep + ".." + lastStep + " of "
                    + snapshotCount + " snapshots");
        }
    }
}
