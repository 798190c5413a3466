package org.gradflow.diagnostics;

import java.util.List;

import org.gradflow.engine.Histogram;
import org.gradflow.engine.LayerHistograms;
import org.gradflow.engine.StepStats;

/**
 * Sizes in bytes of what the History holds, as a 64-bit HotSpot JVM lays them out (16-byte object and array headers,
 * 8-byte references as an upper bound, 8-byte alignment). Arrays count their capacity, not their used part.
 */
final class MemorySizes {
    /** Header plus a few fields of one small bookkeeping object. */
    static final long OBJECT = 48;
    static final long ARRAY_HEADER = 16;
    static final long REFERENCE = 8;

    private MemorySizes() {
    }

    static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }

    /** @return size of an array of {@code length} elements of {@code elementBytes} bytes each */
    static long array(long length, int elementBytes) {
        return align(ARRAY_HEADER + elementBytes * length);
    }

    /**
     * @return the largest {@link #of(StepStats)} of a step of {@code layers} layers: with histograms of
     *         {@code gradientBins} and {@code activationBins} bins per layer, or without histograms when
     *         {@code gradientBins} is negative
     */
    static long stepStatsBound(int layers, int gradientBins, int activationBins) {
        long bytes = align(16 + 7 * 8 + 2 + 2 * REFERENCE) + list(layers) + layers * align(16 + 9 * 8 + 1);
        if (gradientBins < 0) {
            return bytes + list(0);
        }
        return bytes + list(layers) + layers * (align(16 + 2 * REFERENCE) + align(16 + 2 * 8 + REFERENCE)
                + array(gradientBins, 8) + align(16 + 2 * 8 + REFERENCE) + array(activationBins, 8));
    }

    static long of(double[] a) {
        return a == null ? 0 : align(ARRAY_HEADER + 8L * a.length);
    }

    static long of(long[] a) {
        return a == null ? 0 : align(ARRAY_HEADER + 8L * a.length);
    }

    static long of(float[] a) {
        return a == null ? 0 : align(ARRAY_HEADER + 4L * a.length);
    }

    static long of(int[] a) {
        return a == null ? 0 : align(ARRAY_HEADER + 4L * a.length);
    }

    /** @return size of a StepStats with its lists, layer statistics and histograms; 0 for {@code null} */
    static long of(StepStats s) {
        if (s == null) {
            return 0;
        }
        long bytes = align(16 + 7 * 8 + 2 + 2 * REFERENCE);
        bytes += list(s.layers().size()) + s.layers().size() * align(16 + 9 * 8 + 1);
        bytes += list(s.histograms().size());
        for (LayerHistograms h : s.histograms()) {
            bytes += align(16 + 2 * REFERENCE) + of(h.weightGradients()) + of(h.activations());
        }
        return bytes;
    }

    static long of(Histogram h) {
        return align(16 + 2 * 8 + REFERENCE) + align(ARRAY_HEADER + 8L * h.binCount());
    }

    /** @return size of an immutable list of {@code n} references */
    static long list(int n) {
        return align(16 + REFERENCE) + align(ARRAY_HEADER + REFERENCE * n);
    }

    /** @return size of the given StepStats objects plus the list holding them */
    static long of(List<StepStats> steps, int capacity) {
        long bytes = list(capacity);
        for (StepStats s : steps) {
            bytes += of(s);
        }
        return bytes;
    }
}
