package org.gradflow.diagnostics;

import java.util.List;

/** Helpers of {@link History#state()} and {@link History#fromState}: the empty state and consistency checks. */
final class HistoryStates {
    private HistoryStates() {
    }

    /** @return the state of a History with {@code limits} that has recorded nothing */
    static HistoryState empty(HistoryLimits limits) {
        int columns = ColumnLayout.columnsFor(0);
        RowsState noRows = new RowsState(columns, new long[0], new double[0]);
        SummaryState noBuckets = new SummaryState(columns, 1, new long[0], new long[0], new long[0], new float[0],
                new float[0], new float[0], new float[0], new int[0], new double[columns]);
        HistogramsState noHistograms = new HistogramsState(0, -1, -1, 1, 0, new long[0], new long[0], new long[0],
                new long[0]);
        return new HistoryState(limits, 0, 0, null, noRows, noBuckets, noRows, RangesState.EMPTY, RangesState.EMPTY,
                List.of(), noHistograms);
    }

    /**
     * Checks that the rebuilt stores hold {@code state.stepCount()} steps in increasing order, filled in the order the
     * History fills them (first steps, then recent ones, then the summary), ending at the latest step.
     *
     * @throws IllegalArgumentException if not
     */
    static void checkRows(RowBuffer first, BucketSummary summary, RowBuffer recent, HistoryState state) {
        long total = first.size() + summary.rowCount() + recent.size();
        if (total != state.stepCount()) {
            throw new IllegalArgumentException("stores hold " + total + " steps, state says " + state.stepCount());
        }
        if ((recent.size() > 0 && !first.isFull()) || (summary.rowCount() > 0 && !recent.isFull())) {
            throw new IllegalArgumentException("stores are not filled in order");
        }
        long previous = Long.MIN_VALUE;
        for (long step : state.firstRows().steps()) {
            previous = requireAfter(previous, step);
        }
        SummaryState s = state.summary();
        long[] firstSteps = s.firstStep();
        long[] lastSteps = s.lastStep();
        for (int b = 0; b < firstSteps.length; b++) {
            requireAfter(previous, firstSteps[b]);
            previous = requireAfter(firstSteps[b] - 1, lastSteps[b]);
        }
        for (long step : state.recentRows().steps()) {
            previous = requireAfter(previous, step);
        }
        if (previous != state.latest().step()) {
            throw new IllegalArgumentException("last stored step " + previous + " is not the latest step "
                    + state.latest().step());
        }
        for (RangesState r : List.of(state.clippedRanges(), state.nonFiniteRanges())) {
            if (r.size() > 0 && r.lastStep()[r.size() - 1] > previous) {
                throw new IllegalArgumentException("event range beyond the last step");
            }
        }
        HistogramsState h = state.histograms();
        if (h.entries() > 0 && h.lastStep()[h.entries() - 1] > previous) {
            throw new IllegalArgumentException("histogram beyond the last step");
        }
    }

    private static long requireAfter(long previous, long step) {
        if (step <= previous) {
            throw new IllegalArgumentException("step " + step + " does not follow step " + previous);
        }
        return step;
    }
}
