package org.gradflow.diagnostics;

import java.util.List;
import java.util.Objects;

import org.gradflow.engine.StepStats;

/**
 * Everything a {@link History} stores, as immutable values, so that {@link History#fromState} rebuilds exactly the
 * same History (for saving and loading runs). A row of numbers per step holds, in this order, the
 * {@link StepMetric}s in ordinal order, then for each layer (input side first) the {@link LayerMetric}s in ordinal
 * order: {@code 8 + 10 * layerCount} columns. Booleans are 1 or 0.
 *
 * @param limits the History's limits, not {@code null}
 * @param layerCount number of layers of the net, 0 while {@code stepCount} is 0
 * @param stepCount number of steps recorded, at least 0
 * @param latest the last recorded step, {@code null} exactly when {@code stepCount} is 0
 * @param firstRows the first steps at full resolution, not {@code null}
 * @param summary the summary buckets after the first steps, not {@code null}
 * @param recentRows the recent steps at full resolution, after the summary, not {@code null}
 * @param clippedRanges ranges of clipped steps, not {@code null}
 * @param nonFiniteRanges ranges of non-finite steps, not {@code null}
 * @param nonFiniteSteps the complete statistics of the first non-finite steps, not {@code null}
 * @param histograms the histogram store, not {@code null}
 */
public record HistoryState(HistoryLimits limits, int layerCount, long stepCount, StepStats latest,
                           RowsState firstRows, SummaryState summary, RowsState recentRows,
                           RangesState clippedRanges, RangesState nonFiniteRanges, List<StepStats> nonFiniteSteps,
                           HistogramsState histograms) {
    public HistoryState {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(firstRows, "firstRows");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(recentRows, "recentRows");
        Objects.requireNonNull(clippedRanges, "clippedRanges");
        Objects.requireNonNull(nonFiniteRanges, "nonFiniteRanges");
        nonFiniteSteps = List.copyOf(Objects.requireNonNull(nonFiniteSteps, "nonFiniteSteps"));
        Objects.requireNonNull(histograms, "histograms");
        if (stepCount < 0 || layerCount < 0) {
            throw new IllegalArgumentException("stepCount and layerCount must not be negative");
        }
        if ((stepCount == 0) != (latest == null)) {
            throw new IllegalArgumentException("latest must be null exactly when no step was recorded");
        }
    }
}
