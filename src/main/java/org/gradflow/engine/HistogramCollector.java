package org.gradflow.engine;

import java.util.Arrays;
import org.gradflow.engine.tensor.FloatKernels;
import org.gradflow.engine.tensor.Mat;

/**
 * Counts matrix values into the fixed bins of {@link HistogramBins}. Per chunk of values, one loop computes every
 * value's slot (its bin, or the slot for exact zeros or for non-finite values), a second adds them up in four
 * interleaved sets of counters: neighbouring values often share a bin, and four sets keep their increments from
 * waiting on each other. The working arrays are per thread and reused.
 */
final class HistogramCollector {
    private static final int SETS = 4;
    private static final int MAX_SLOTS = Math.max(HistogramBins.GRAD_BINS + 4, HistogramBins.ACT_BINS + 1);
    private static final ThreadLocal<int[][]> WORK = ThreadLocal.withInitial(
            () -> new int[][] {new int[FloatKernels.CHUNK], new int[SETS * MAX_SLOTS]});

    private HistogramCollector() {
    }

    /** @return the histogram of all values of {@code g} by magnitude (gradient bins) */
    static Histogram gradients(Mat g) {
        int bins = HistogramBins.GRAD_BINS;
        int[] slots = count(g, g.size(), true);
        long[] counts = new long[bins];
        for (int b = 0; b < bins; b++) {
            counts[b] = slots[b + 1];
        }
        return new Histogram(counts, slots[0], slots[bins + 1] + slots[bins + 2] + slots[bins + 3]);
    }

    /** @return the histogram of the first {@code n} values of {@code a} (activation bins) */
    static Histogram activations(Mat a, int n) {
        int bins = HistogramBins.ACT_BINS;
        int[] slots = count(a, n, false);
        long[] counts = new long[bins];
        for (int b = 0; b < bins; b++) {
            counts[b] = slots[b];
        }
        return new Histogram(counts, 0, slots[bins]);
    }

    /**
     * @return per slot the number of the first {@code n} values in it: gradient slots are exact zeros, the bins, then
     *         non-finite values (three slots); activation slots are the bins, then non-finite values
     */
    private static int[] count(Mat m, int n, boolean gradient) {
        int[][] work = WORK.get();
        int[] slot = work[0];
        int[] sets = work[1];
        Arrays.fill(sets, 0);
        float[] chunk = FloatKernels.scratch().a;
        for (int from = 0; from < n; from += FloatKernels.CHUNK) {
            int len = Math.min(FloatKernels.CHUNK, n - from);
            if (m.isFloat()) {
                m.getFloats(from, chunk, len);
                if (gradient) {
                    for (int i = 0; i < len; i++) {
                        slot[i] = HistogramBins.gradientSlotOfFloat(chunk[i]);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        slot[i] = activationSlot(chunk[i]);
                    }
                }
            } else {
                for (int i = 0; i < len; i++) {
                    double v = m.get(from + i);
                    slot[i] = gradient ? gradientSlot(v) : activationSlot(v);
                }
            }
            int whole = len & ~(SETS - 1);
            for (int i = 0; i < whole; i += SETS) {
                sets[slot[i]]++;
                sets[MAX_SLOTS + slot[i + 1]]++;
                sets[2 * MAX_SLOTS + slot[i + 2]]++;
                sets[3 * MAX_SLOTS + slot[i + 3]]++;
            }
            for (int i = whole; i < len; i++) {
                sets[slot[i]]++;
            }
        }
        int[] total = new int[MAX_SLOTS];
        for (int s = 0; s < MAX_SLOTS; s++) {
            total[s] = sets[s] + sets[MAX_SLOTS + s] + sets[2 * MAX_SLOTS + s] + sets[3 * MAX_SLOTS + s];
        }
        return total;
    }

    /** The slot of a double gradient, as {@link HistogramBins#gradientSlotOfFloat} numbers them. */
    private static int gradientSlot(double v) {
        if (v == 0) {
            return 0;
        }
        if (!Double.isFinite(v)) {
            return HistogramBins.GRAD_BINS + 1;
        }
        return HistogramBins.gradientBin(v) + 1;
    }

    private static int activationSlot(double v) {
        return Double.isFinite(v) ? HistogramBins.activationBin(v) : HistogramBins.ACT_BINS;
    }
}
