package org.gradflow.diagnostics;

/**
 * The bounds of a {@link History}'s memory. Memory grows with the run only until these bounds are reached; after that
 * it stays constant however long the run. With {@link #DEFAULT} a 20-layer run needs about 46 MB at most.
 *
 * @param firstSteps number of steps at the start of the run always kept at full resolution, at least 0
 * @param recentSteps number of the most recent steps kept at full resolution, at least 1
 * @param maxBuckets maximum number of summary buckets between the first and the recent steps, even, at least 2;
 *        when full, neighbouring pairs merge and the bucket width doubles
 * @param recentHistograms number of the most recent histogram snapshots kept unmerged, at least 1
 * @param maxHistogramBuckets maximum number of merged histogram snapshots further back, even, at least 2
 * @param maxEventRanges maximum number of step ranges kept per event kind, even, at least 2; when full, neighbouring
 *        pairs merge
 * @param maxNonFiniteSteps maximum number of non-finite steps whose complete statistics are kept (the first ones), at
 *        least 0; later ones are still kept as event ranges
 */
public record HistoryLimits(int firstSteps, int recentSteps, int maxBuckets, int recentHistograms,
                            int maxHistogramBuckets, int maxEventRanges, int maxNonFiniteSteps) {

    /** 1,000 first steps, 8,192 recent steps, 4,096 buckets, 256 + 256 histograms, 4,096 ranges, 64 NaN steps. */
    public static final HistoryLimits DEFAULT = new HistoryLimits(1_000, 8_192, 4_096, 256, 256, 4_096, 64);

    /** Largest accepted count for any limit, so that array sizes cannot overflow. */
    public static final int MAX_LIMIT = 1 << 20;

    public HistoryLimits {
        check("firstSteps", firstSteps, 0, false);
        check("recentSteps", recentSteps, 1, false);
        check("maxBuckets", maxBuckets, 2, true);
        check("recentHistograms", recentHistograms, 1, false);
        check("maxHistogramBuckets", maxHistogramBuckets, 2, true);
        check("maxEventRanges", maxEventRanges, 2, true);
        check("maxNonFiniteSteps", maxNonFiniteSteps, 0, false);
    }

    private static void check(String name, int value, int min, boolean even) {
        if (value < min || value > MAX_LIMIT) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + MAX_LIMIT + ", got " + value);
        }
        if (even && value % 2 != 0) {
            throw new IllegalArgumentException(name + " must be even, got " + value);
        }
    }
}
