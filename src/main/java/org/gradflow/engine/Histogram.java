package org.gradflow.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * Counts of values in the fixed bins of {@link HistogramBins}. Immutable: the array is copied in and out.
 *
 * @param counts one count per regular bin, not {@code null}
 * @param zeros count of exact zeros (always 0 for activation histograms, whose zeros fall in a regular bin)
 * @param nonFinite count of NaN and infinite values
 */
public record Histogram(long[] counts, long zeros, long nonFinite) {
    public Histogram {
        counts = Objects.requireNonNull(counts, "counts").clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** @return count in regular bin {@code bin} without copying */
    public long count(int bin) {
        return counts[bin];
    }

    /** @return number of regular bins */
    public int binCount() {
        return counts.length;
    }

    /** @return all values counted, including zeros and non-finite ones */
    public long total() {
        return Arrays.stream(counts).sum() + zeros + nonFinite;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && zeros == h.zeros && nonFinite == h.nonFinite && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Long.hashCode(zeros) * 7 + Long.hashCode(nonFinite);
    }

    @Override
    public String toString() {
        return "Histogram" + Arrays.toString(counts) + " zeros=" + zeros + " nonFinite=" + nonFinite;
    }
}
