package org.gradflow.engine.tensor;

/**
 * Support for the float32 kernels: loops that copy a chunk of each operand into a reusable {@code float[]}
 * ({@link Mat#getFloats}, a bulk memory copy), compute on the arrays (which the JIT unrolls and, for simple loops,
 * vectorises) and copy the result back. Element access through the off-heap view costs a bounds check and a virtual
 * call per element and is never vectorised. The scratch arrays are per thread and allocated once, so a kernel
 * allocates nothing.
 */
public final class FloatKernels {
    /** Elements per chunk: six chunks of floats fit the 48 kB level-1 data cache of this machine's cores. */
    public static final int CHUNK = 2048;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private FloatKernels() {
    }

    /** Six chunk-sized arrays owned by one thread. */
    public static final class Scratch {
        public final float[] a = new float[CHUNK];
        public final float[] b = new float[CHUNK];
        public final float[] c = new float[CHUNK];
        public final float[] d = new float[CHUNK];
        public final float[] e = new float[CHUNK];
        public final float[] f = new float[CHUNK];

        private Scratch() {
        }
    }

    /** @return this thread's scratch arrays (their contents are whatever the last kernel left) */
    public static Scratch scratch() {
        return SCRATCH.get();
    }

    /** @return whether every operand holds floats, so the float kernels apply */
    public static boolean allFloat(Mat m1, Mat m2) {
        return m1.isFloat() && m2.isFloat();
    }

    /** @return whether every operand holds floats, so the float kernels apply */
    public static boolean allFloat(Mat m1, Mat m2, Mat m3) {
        return m1.isFloat() && m2.isFloat() && m3.isFloat();
    }

    /** @return the sum of squares of the first {@code n} elements of {@code m}, summed in double */
    static double sumOfSquares(Mat m, int n) {
        float[] x = scratch().a;
        double sum = 0;
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            m.getFloats(from, x, len);
            sum += sumOfSquares(x, len);
        }
        return sum;
    }

    /**
     * Sums {@code x[0 .. n-1]} pairwise: while more than 32 values are left, the upper half is copied to {@code tmp}
     * and added onto the lower half (a loop the JIT vectorises), then the last at most 32 are added in double. Meant
     * for folding per-lane float partial sums; a NaN anywhere gives NaN. Overwrites {@code x}.
     *
     * @param tmp at least {@code n / 2} long
     */
    public static double foldSum(float[] x, int n, float[] tmp) {
        while (n > 32) {
            int m = n >>> 1;
            System.arraycopy(x, n - m, tmp, 0, m);
            for (int i = 0; i < m; i++) {
                x[i] += tmp[i];
            }
            n -= m;
        }
        double s0 = 0;
        double s1 = 0;
        int whole = n & ~1;
        for (int i = 0; i < whole; i += 2) {
            s0 += x[i];
            s1 += x[i + 1];
        }
        if (whole < n) {
            s0 += x[whole];
        }
        return s0 + s1;
    }

    /**
     * @return the sum of squares of {@code x[0 .. len-1]} in double (exact squares, so neither tiny nor huge values
     *         underflow or overflow as float squares would), in eight interleaved partial sums by fused multiply-add:
     *         value i goes to sum i mod 8 (the tail to sum 0), combined as ((s0 + s1) + (s2 + s3)) + ((s4 + s5) +
     *         (s6 + s7)). Eight chains keep the adds from waiting on each other (about 0.17 ns per value here, four
     *         chains of multiply and add 0.31). {@code FloatUpdate} repeats this order for the weights' squares.
     */
    public static double sumOfSquares(float[] x, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int whole = len & ~7;
        for (int i = 0; i < whole; i += 8) {
            double a0 = x[i];
            double a1 = x[i + 1];
            double a2 = x[i + 2];
            double a3 = x[i + 3];
            double a4 = x[i + 4];
            double a5 = x[i + 5];
            double a6 = x[i + 6];
            double a7 = x[i + 7];
            s0 = Math.fma(a0, a0, s0);
            s1 = Math.fma(a1, a1, s1);
            s2 = Math.fma(a2, a2, s2);
            s3 = Math.fma(a3, a3, s3);
            s4 = Math.fma(a4, a4, s4);
            s5 = Math.fma(a5, a5, s5);
            s6 = Math.fma(a6, a6, s6);
            s7 = Math.fma(a7, a7, s7);
        }
        for (int i = whole; i < len; i++) {
            double v = x[i];
            s0 = Math.fma(v, v, s0);
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
