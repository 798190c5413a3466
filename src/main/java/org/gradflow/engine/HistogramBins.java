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
    /**
     * Per biased binary exponent e of a double (its magnitudes lie in [2^(e-1023), 2^(e-1022))): the bin of the
     * octave's lowest magnitude, and the at most two bin edges inside the octave (a quarter decade, a factor 1.78,
     * is less than an octave), +infinity where there are fewer.
     */
    private static final int[] OCTAVE_BIN = new int[2048];
    private static final double[] OCTAVE_EDGE1 = new double[2048];
    private static final double[] OCTAVE_EDGE2 = new double[2048];

    /**
     * The slots of a float gradient by its bits (see {@link #gradientSlotOfFloat}): per biased float exponent e, the
     * slot of the octave's lowest magnitude and the bits of the at most two smallest floats at or above a bin edge
     * inside the octave ({@link Integer#MAX_VALUE} where there are fewer).
     */
    private static final int[] FLOAT_SLOT = new int[256];
    private static final int[] FLOAT_EDGE1 = new int[256];
    private static final int[] FLOAT_EDGE2 = new int[256];

    static {
        for (int b = 0; b < GRAD_BINS; b++) {
            GRAD_EDGES[b] = gradientBinLow(b);
        }
        for (int e = 0; e < 2048; e++) {
            double low = e == 0 ? 0 : Math.scalb(1.0, e - 1023);
            double high = Math.scalb(1.0, e - 1022);
            OCTAVE_BIN[e] = gradientBinBySearch(low);
            OCTAVE_EDGE1[e] = Double.POSITIVE_INFINITY;
            OCTAVE_EDGE2[e] = Double.POSITIVE_INFINITY;
            for (int b = 1; b < GRAD_BINS; b++) {
                if (GRAD_EDGES[b] > low && GRAD_EDGES[b] < high) {
                    if (OCTAVE_EDGE1[e] == Double.POSITIVE_INFINITY) {
                        OCTAVE_EDGE1[e] = GRAD_EDGES[b];
                    } else {
                        OCTAVE_EDGE2[e] = GRAD_EDGES[b];
                    }
                }
            }
        }
    }

    static {
        for (int e = 0; e < 256; e++) {
            FLOAT_EDGE1[e] = Integer.MAX_VALUE;
            FLOAT_EDGE2[e] = Integer.MAX_VALUE;
            if (e == 0) { // +0 (slot 0), then subnormals, all below the first edge (bin 0, slot 1)
                FLOAT_EDGE1[e] = 1;
                continue;
            }
            if (e == 255) { // infinities and NaNs
                FLOAT_SLOT[e] = GRAD_BINS + 1;
                continue;
            }
            float low = Float.intBitsToFloat(e << 23);
            float next = Float.intBitsToFloat((e + 1) << 23);
            int bin = gradientBinBySearch(low);
            FLOAT_SLOT[e] = bin + 1;
            boolean first = true;
            for (int b = bin + 1; b < GRAD_BINS && GRAD_EDGES[b] < next; b++) {
                float f = (float) GRAD_EDGES[b];
                if (f < GRAD_EDGES[b]) {
                    f = Math.nextUp(f); // the smallest float at or above the edge
                }
                if (f >= next) {
                    break;
                }
                if (first) {
                    FLOAT_EDGE1[e] = Float.floatToRawIntBits(f);
                    first = false;
                } else {
                    FLOAT_EDGE2[e] = Float.floatToRawIntBits(f);
                }
            }
        }
    }

    private HistogramBins() {
    }

    /**
     * The slot of a float gradient in one step, from its bits alone: 0 for a zero of either sign, 1 + {@link
     * #gradientBin} for finite non-zero values, and {@code GRAD_BINS + 1} to {@code GRAD_BINS + 3} for infinities and
     * NaNs (count those three as non-finite). For positive floats the order of the bits is the order of the values,
     * so "|v| &gt;= edge" is an integer comparison with the bits of the smallest float at or above the edge, taken
     * without a branch as the sign of their difference. About 1.3 ns per value here, against 3.4 ns for the double
     * route ({@link #gradientBin} after a zero and a finiteness test); the same bin for every float (HistogramBinsTest).
     */
    static int gradientSlotOfFloat(float v) {
        int bits = Float.floatToRawIntBits(v) & 0x7FFFFFFF;
        int e = bits >>> 23;
        return FLOAT_SLOT[e] + ((FLOAT_EDGE1[e] - bits - 1) >>> 31) + ((FLOAT_EDGE2[e] - bits - 1) >>> 31);
    }

    /**
     * @return the bin index of a finite, non-zero gradient value: the last bin whose lower edge
     *         10^(GRAD_MIN_EXP + bin / GRAD_BINS_PER_DECADE) is at most |value|. Found from the value's binary
     *         exponent (a table lookup) and at most two comparisons with the edges inside that octave: no logarithm,
     *         no search. The same bin as {@link #gradientBinBySearch} for every double.
     */
    public static int gradientBin(double value) {
        int e = (int) (Double.doubleToRawLongBits(value) >>> 52) & 0x7FF;
        double mag = Math.abs(value);
        // mag >= edge exactly when mag - edge is +0 or positive (its sign is exact; x - x is +0): 1 minus the
        // difference's sign bit, without a branch whose outcome is a coin toss for values spread over an octave
        return OCTAVE_BIN[e] + 2 - (int) (Double.doubleToRawLongBits(mag - OCTAVE_EDGE1[e]) >>> 63)
                - (int) (Double.doubleToRawLongBits(mag - OCTAVE_EDGE2[e]) >>> 63);
    }

    /** @return the bin of a finite magnitude by binary search over the lower edges (the definition the table uses) */
    static int gradientBinBySearch(double value) {
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
