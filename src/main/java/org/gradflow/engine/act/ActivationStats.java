package org.gradflow.engine.act;

import java.util.Arrays;
import org.gradflow.engine.tensor.FloatKernels;
import org.gradflow.engine.tensor.Mat;

/**
 * The statistics' sums that a layer's float32 activation passes accumulate while they compute (so the statistics
 * need no pass of their own over the buffers): from the forward pass the shifted sums of the output a, the
 * saturation count and per-unit liveness of the input u, and whether anything was non-finite; from the backward pass
 * the sum of squares of dL/du. Each pass sets its {@code valid} flag only when it took the float kernel route;
 * otherwise the reader computes the statistic from the buffers. One instance per layer, reused every step.
 * Sums are in double (a float square of a huge value would overflow), except for outputs bounded by 1 (tanh,
 * sigmoid, softsign), which sum in float lanes; per-unit liveness and
 * finiteness are float sums per element of a chunk (folded to units at the end), loops the JIT vectorises.
 */
public final class ActivationStats {
    /** Whether the last forward pass filled the forward fields. */
    public boolean forwardValid;
    /** The shift K subtracted before summing (the first output value when finite, else 0). */
    public double shift;
    /** Sum over the batch of (a - K). */
    public double sum;
    /** Sum over the batch of (a - K)^2. */
    public double sumSquares;
    /** How many inputs u lay in the saturation region. */
    public long saturated;
    /** Per unit: whether it was alive for some example, by the activation's {@link Activation.DeadRule}. */
    public final boolean[] alive;
    /** Whether some u or a was NaN or infinite. */
    public boolean nonFinite;
    /** Whether the last backward pass filled {@link #gradSquares}. */
    public boolean backwardValid;
    /** Sum of squares of dL/du. */
    public double gradSquares;

    private final int units;
    /** Per lane, the sum of |a| (zero-output rule): not 0 exactly when some a is not 0 (NaN included). */
    private final float[] liveness;
    /** Per lane, the sum of u * 0: NaN exactly when some u was NaN or infinite, else 0. */
    private final float[] inputCheck;
    /** For outputs bounded by 1 in magnitude: per lane, float sums of (a - K) and (a - K)^2 (cannot overflow). */
    private final float[] laneSum = new float[FloatKernels.CHUNK];
    private final float[] laneSquares = new float[FloatKernels.CHUNK];
    private boolean bounded;
    /** The most lanes a chunk of this pass used. */
    private int lanesUsed;
    private boolean zeroOutputRule;
    private boolean deadMeasured;
    private boolean saturationMeasured;
    /**
     * Whether the saturation region is |u| &gt; {@link #high} (low = -high as floats: tanh, sigmoid, softsign), so it
     * is counted in float lanes by a loop the JIT vectorises ({@link #laneSaturated}) instead of a scalar count.
     */
    private boolean symmetricSaturation;
    /** Per lane, the number of saturated u (whole numbers, exact in float: at most n / 32 per lane after folding). */
    private final float[] laneSaturated = new float[FloatKernels.CHUNK];
    /** Whether this pass measures in one loop ({@link #accumulateMerged}): no input-check lanes then. */
    private boolean merged;
    private float low;
    private float high;

    /** @param units the layer's width */
    public ActivationStats(int units) {
        this.units = units;
        this.alive = new boolean[units];
        // indexed by element of a chunk when chunks hold whole rows, else by unit
        int lanes = FloatKernels.CHUNK % units == 0 ? FloatKernels.CHUNK : units;
        this.liveness = new float[lanes];
        this.inputCheck = new float[lanes];
    }

    /** @return mean of the outputs over {@code n} values */
    public double mean(int n) {
        return shift + sum / n;
    }

    /** @return the population standard deviation of the outputs over {@code n} values */
    public double std(int n) {
        double m = sum / n;
        return Math.sqrt(Math.max(0, sumSquares / n - m * m));
    }

    /** Resets the forward sums for a pass of {@code f} with shift {@code k}. */
    void start(Activation f, double k) {
        bounded = f.boundedOutput();
        lanesUsed = 0;
        shift = bounded ? (float) k : k;

        sum = 0;
        sumSquares = 0;
        saturated = 0;
        Activation.DeadRule rule = f.deadRule();
        deadMeasured = rule != Activation.DeadRule.NONE;
        zeroOutputRule = rule == Activation.DeadRule.ZERO_OUTPUT;
        Arrays.fill(alive, false);
        saturationMeasured = f.reportsSaturation();
        if (saturationMeasured) {
            low = floatBelowOrAt(f.saturationLow());
            high = floatAboveOrAt(f.saturationHigh());
            symmetricSaturation = low == -high && high > 0;
        }
        merged = bounded && saturationMeasured && symmetricSaturation && !deadMeasured;
    }

    /** @return the smallest float x with x &gt;= t, so for float u: u &lt; t exactly when u &lt; it */
    private static float floatBelowOrAt(double t) {
        float f = (float) t;
        return f < t ? Math.nextUp(f) : f;
    }

    /** @return the largest float x with x &lt;= t, so for float u: u &gt; t exactly when u &gt; it */
    private static float floatAboveOrAt(double t) {
        float f = (float) t;
        return f > t ? Math.nextDown(f) : f;
    }

    /** Adds a chunk of inputs u and outputs a whose first element is in column {@code firstCol}. */
    void accumulate(float[] u, float[] a, int len, int firstCol) {
        boolean first = lanesUsed == 0;
        if (first) {
            // the first chunk of a pass is the longest: it sets every lane that later chunks add to, so the lanes
            // need no clearing pass
            lanesUsed = len;
        }
        if (bounded) {
            // |a| <= 1: float squares neither overflow nor lose anything that matters next to the largest; at most
            // n / CHUNK additions per lane, folded in double at the end
            float kf = (float) shift;
            float[] ls = laneSum;
            float[] lq = laneSquares;
            if (merged) {
                accumulateMerged(u, a, len, first);
                return;
            }
            if (first) {
                for (int i = 0; i < len; i++) {
                    float d = a[i] - kf;
                    ls[i] = d;
                    lq[i] = d * d;
                }
            } else {
                for (int i = 0; i < len; i++) {
                    float d = a[i] - kf;
                    ls[i] += d;
                    lq[i] += d * d;
                }
            }
        } else {
            accumulateSums(a, len);
        }
        accumulateUnits(u, a, len, firstCol, first);
    }

    /**
     * The whole forward measurement of a bounded function with a symmetric saturation region and no dead-unit rule
     * (tanh, sigmoid, softsign) in one loop over three lane arrays: the shifted sum with u * 0 added (0, or NaN when
     * u was NaN or infinite, so the sum itself carries the finiteness check), its squares, and the saturation
     * indicator (see {@link #accumulateUnits}).
     */
    private void accumulateMerged(float[] u, float[] a, int len, boolean first) {
        float kf = (float) shift;
        float hi = high;
        float[] ls = laneSum;
        float[] lq = laneSquares;
        float[] c = laneSaturated;
        if (first) {
            for (int i = 0; i < len; i++) {
                float x = u[i];
                float d = a[i] - kf;
                ls[i] = d + x * 0f;
                lq[i] = d * d;
                c[i] = saturated(x, hi);
            }
        } else {
            for (int i = 0; i < len; i++) {
                float x = u[i];
                float d = a[i] - kf;
                ls[i] += d + x * 0f;
                lq[i] += d * d;
                c[i] += saturated(x, hi);
            }
        }
    }

    /**
     * @return 1 when |x| &gt; {@code high}, else 0, without a branch (so the loops calling it vectorise): t = |x| - high
     *         is &gt; 0 exactly then (float subtraction keeps the sign), t + |t| is 2 max(t, 0) (0 or at least
     *         2^-148, or infinity), times 2^149 at least 1, so the min is the 0/1 indicator; NaN for a NaN x
     */
    private static float saturated(float x, float high) {
        float t = Math.abs(x) - high;
        return Math.min(1f, (t + Math.abs(t)) * 0x1p100f * 0x1p49f);
    }

    /** Shifted sums in double, for unbounded outputs (exploding values must not overflow a float square). */
    private void accumulateSums(float[] a, int len) {
        double k = shift;
        double s0 = 0;
        double s1 = 0;
        double q0 = 0;
        double q1 = 0;
        int whole = len & ~1;
        for (int i = 0; i < whole; i += 2) {
            double d0 = a[i] - k;
            double d1 = a[i + 1] - k;
            s0 += d0;
            s1 += d1;
            q0 = Math.fma(d0, d0, q0);
            q1 = Math.fma(d1, d1, q1);
        }
        if (whole < len) {
            double d = a[whole] - k;
            s0 += d;
            q0 = Math.fma(d, d, q0);
        }
        sum += s0 + s1;
        sumSquares += q0 + q1;
    }

    /** @return how many of the first {@code n} values of {@code u} lie in the saturation region (NaN does not) */
    private long countSaturated(Mat u, int n) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            float x = (float) u.get(i);
            count += x < low || x > high ? 1 : 0;
        }
        return count;
    }

    /** Saturation count, per-unit liveness and the finiteness check of u. */
    private void accumulateUnits(float[] u, float[] a, int len, int firstCol, boolean first) {
        if (saturationMeasured && symmetricSaturation) {
            // a NaN u makes its lane NaN, and finishForward recounts
            float hi = high;
            float[] c = laneSaturated;
            if (first) {
                for (int i = 0; i < len; i++) {
                    c[i] = saturated(u[i], hi);
                }
            } else {
                for (int i = 0; i < len; i++) {
                    c[i] += saturated(u[i], hi);
                }
            }
        } else if (saturationMeasured) {
            long count = 0;
            float lo = low;
            float hi = high;
            for (int i = 0; i < len; i++) {
                float x = u[i];
                count += x < lo || x > hi ? 1 : 0;
            }
            saturated += count;
        }
        if (firstCol == 0 && FloatKernels.CHUNK % units == 0) {
            // the chunk starts a row and holds whole rows: lane i belongs to unit i % units
            float[] c = inputCheck;
            float[] l = liveness;
            if (first) {
                for (int i = 0; i < len; i++) {
                    c[i] = u[i] * 0f;
                }
            } else {
                for (int i = 0; i < len; i++) {
                    c[i] += u[i] * 0f;
                }
            }
            if (zeroOutputRule) {
                if (first) {
                    for (int i = 0; i < len; i++) {
                        l[i] = Math.abs(a[i]);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        l[i] += Math.abs(a[i]);
                    }
                }
            } else if (deadMeasured) {
                for (int base = 0; base < len; base += units) {
                    for (int j = 0; j < units && base + j < len; j++) {
                        alive[j] |= !(u[base + j] < 0);
                    }
                }
            }
        } else {
            if (first) {
                Arrays.fill(inputCheck, 0f);
                Arrays.fill(liveness, 0f);
            }
            int col = firstCol;
            for (int i = 0; i < len; i++) {
                inputCheck[col] += u[i] * 0f;
                liveness[col] += Math.abs(a[i]);
                alive[col] |= !(u[i] < 0);
                if (++col == units) {
                    col = 0;
                }
            }
        }
    }

    /**
     * Turns the per-element sums into per-unit liveness, the saturation count and the non-finite flag.
     *
     * @param u the activation input the pass read, its first {@code n} values (read again only when some was NaN)
     */
    void finishForward(Mat u, int n) {
        int used = Math.min(lanesUsed, laneSum.length);
        float[] tmp = FloatKernels.scratch().e;
        if (saturationMeasured && symmetricSaturation) {
            double count = FloatKernels.foldSum(laneSaturated, used, tmp);
            saturated = Double.isNaN(count) ? countSaturated(u, n) : (long) count;
        }
        if (bounded) {
            // pairwise in float (vectorised halving) down to 32 lanes, then double: a lane fold in double cost about
            // as much as the pass itself for layers of one or two chunks
            sum = FloatKernels.foldSum(laneSum, used, tmp);
            sumSquares = FloatKernels.foldSum(laneSquares, used, tmp);
        }
        // lanes are chunk elements (the first chunk set them) or, when chunks do not hold whole rows, units; each is
        // 0, or NaN when some u was NaN or infinite, so their sum is NaN exactly when one is
        int checked = FloatKernels.CHUNK % units == 0 ? Math.min(lanesUsed, inputCheck.length) : units;
        // a merged pass added u * 0 to the sum instead
        boolean inputNonFinite = !merged && FloatKernels.foldSum(inputCheck, checked, tmp) != 0;
        if (zeroOutputRule) {
            // alive when some a != 0; a sum of magnitudes is 0 only when all were 0 (NaN != 0 counts as alive)
            for (int base = 0; base < checked; base += units) {
                for (int j = 0; j < units && base + j < checked; j++) {
                    alive[j] |= liveness[base + j] != 0;
                }
            }
        }
        // each lane is 0, or NaN when some u was NaN or infinite
        nonFinite = inputNonFinite || !Double.isFinite(sum) || !Double.isFinite(sumSquares);
        forwardValid = true;
    }
}
