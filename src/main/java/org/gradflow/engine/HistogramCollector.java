package org.gradflow.engine;

import org.gradflow.engine.tensor.FloatKernels;
import org.gradflow.engine.tensor.Mat;

/** Counts matrix values into the fixed bins of {@link HistogramBins}. */
final class HistogramCollector {
    private HistogramCollector() {
    }

    /** @return the histogram of all values of {@code g} by magnitude (gradient bins) */
    static Histogram gradients(Mat g) {
        long[] counts = new long[HistogramBins.GRAD_BINS];
        long zeros = 0;
        long nonFinite = 0;
        int n = g.size();
        if (g.isFloat()) {
            float[] chunk = FloatKernels.scratch().a;
            for (int from = 0; from < n; from += FloatKernels.CHUNK) {
                int len = Math.min(FloatKernels.CHUNK, n - from);
                g.getFloats(from, chunk, len);
                for (int i = 0; i < len; i++) {
                    float v = chunk[i];
                    if (v == 0) {
                        zeros++;
                    } else if (!Float.isFinite(v)) {
                        nonFinite++;
                    } else {
                        counts[HistogramBins.gradientBin(v)]++;
                    }
                }
            }
            return new Histogram(counts, zeros, nonFinite);
        }
        for (int i = 0; i < n; i++) {
            double v = g.get(i);
            if (v == 0) {
                zeros++;
            } else if (!Double.isFinite(v)) {
                nonFinite++;
            } else {
                counts[HistogramBins.gradientBin(v)]++;
            }
        }
        return new Histogram(counts, zeros, nonFinite);
    }

    /** @return the histogram of the first {@code n} values of {@code a} (activation bins) */
    static Histogram activations(Mat a, int n) {
        long[] counts = new long[HistogramBins.ACT_BINS];
        long nonFinite = 0;
        if (a.isFloat()) {
            float[] chunk = FloatKernels.scratch().a;
            for (int from = 0; from < n; from += FloatKernels.CHUNK) {
                int len = Math.min(FloatKernels.CHUNK, n - from);
                a.getFloats(from, chunk, len);
                for (int i = 0; i < len; i++) {
                    float v = chunk[i];
                    if (!Float.isFinite(v)) {
                        nonFinite++;
                    } else {
                        counts[HistogramBins.activationBin(v)]++;
                    }
                }
            }
            return new Histogram(counts, 0, nonFinite);
        }
        for (int i = 0; i < n; i++) {
            double v = a.get(i);
            if (!Double.isFinite(v)) {
                nonFinite++;
            } else {
                counts[HistogramBins.activationBin(v)]++;
            }
        }
        return new Histogram(counts, 0, nonFinite);
    }
}
