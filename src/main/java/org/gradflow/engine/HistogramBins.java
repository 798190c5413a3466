package org.gradflow.engine;

/**
 * The fixed bins of every histogram GradFlow records, identical at every step so histograms over time compare.
 * <ul>
 * <li>Gradients: by magnitude |g|, {@value #GRAD_BINS} log-spaced bins of {@value #GRAD_BINS_PER_DECADE} per
 * decade from 10^{@value #GRAD_MIN_EXP} to 10^{@value #GRAD_MAX_EXP}; magnitudes below the range count in the first
 * bin and above it in the last; exact zeros and non-finite values have bins of their own.</li>
 * <li>Activations: {@value #ACT_BINS} equal bins over [{@value #ACT_MIN}, {@value #ACT_MAX}); values outside count in
 * the first or last bin; non-finite values have a bin of their own.</li>
 * </ul>
 */
public final class HistogramBins {
    public static final int GRAD_MIN_EXP = -12;
    public static final int GRAD_MAX_EXP = 4;
    public static final int GRAD_BINS_PER_DECADE = 4;
    public static final int GRAD_BINS = (GRAD_MAX_EXP - GRAD_MIN_EXP) * GRAD_BINS_PER_DECADE;
    public static final double ACT_MIN = -5;
    public static final double ACT_MAX = 5;
    public static final int ACT_BINS = 100;

    /** Lower edges of gradient bins 1 .. GRAD_BINS-1 (bin 0 takes everything below edge 1). */
    private static final double[] GRAD_EDGES = new double[GRAD_BINS];

    static {
        for (int b = 0; b < GRAD_BINS; b++) {
            GRAD_EDGES[b] = gradientBinLow(b);
        }
    }

    private HistogramBins() {
    }

    /**
     * @return the bin index of a finite, non-zero gradient value: the last bin whose lower edge
     *         10^(GRAD_MIN_EXP + bin / GRAD_BINS_PER_DECADE) is at most |value| (found by binary search, no logarithm)
     */
    public static int gradientBin(double value) {
        double mag = Math.abs(value);
        int lo = 0;
        int hi = GRAD_BINS - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (GRAD_EDGES[mid] <= mag) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** @return lower edge of gradient bin {@code bin}, a magnitude */
    public static double gradientBinLow(int bin) {
        return Math.pow(10, GRAD_MIN_EXP + (double) bin / GRAD_BINS_PER_DECADE);
    }

    /** @return the bin index of a finite activation value */
    public static int activationBin(double value) {
        int bin = (int) Math.floor((value - ACT_MIN) / (ACT_MAX - ACT_MIN) * ACT_BINS);
        return Math.max(0, Math.min(ACT_BINS - 1, bin));
    }

    /** @return lower edge of activation bin {@code bin} */
    public static double activationBinLow(int bin) {
        return ACT_MIN + (ACT_MAX - ACT_MIN) * bin / ACT_BINS;
    }
}
