package org.gradflow.engine.optim;

import org.gradflow.engine.nn.Param;
import org.gradflow.engine.tensor.FloatKernels;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.model.OptimizerSpec;

/**
 * The optimiser's update for float32 parameters, in chunks copied to {@code float[]} scratch arrays (see
 * {@link FloatKernels}). Momentum, Nesterov, AdaGrad and RMSProp compute exactly as {@link Optimizer}'s generic
 * loop (in double, rounded once per stored value), so they give the same bits. SGD and Adam compute in float (Adam
 * with its bias corrections folded into two constants), so the JIT vectorises their loops (about 5 times faster than
 * the double loop here, which converts float to double and back per element); their stored values may differ from
 * the double computation in the last bit. The sums of squares of the change and of the new values are a second loop
 * over the chunk (both in one), run only when asked for; the old values' sum is the last update's new one when the
 * parameter was not written since ({@link Param#valueSquaresIfUnchanged()}), else a third sum.
 */
final class FloatUpdate {
    private FloatUpdate() {
    }

    /** Sums of one update (NaN when not measured); reused by the training thread. */
    static final class Sums {
        double change;
        double oldSquares;
        double newSquares;
    }

    private static final ThreadLocal<Sums> SUMS = ThreadLocal.withInitial(Sums::new);

    static Sums apply(OptimizerSpec spec, Param p, long t, boolean measure) {
        Sums sums = SUMS.get();
        sums.change = measure ? 0 : Double.NaN;
        sums.oldSquares = measure ? 0 : Double.NaN;
        sums.newSquares = measure ? 0 : Double.NaN;
        Mat wm = p.value();
        Mat gm = p.grad();
        Mat s1m = p.state1();
        Mat s2m = p.state2();
        int n = wm.size();
        FloatKernels.Scratch s = FloatKernels.scratch();
        float[] w = s.a;
        float[] g = s.b;
        float[] s1 = s.c;
        float[] s2 = s.d;
        float[] old = s.e;
        // the squares of the old value are known when the last update measured them and nothing wrote since
        double knownOld = measure ? p.valueSquaresIfUnchanged() : Double.NaN;
        boolean sumOld = measure && Double.isNaN(knownOld);
        boolean firstState = spec.kind() != org.gradflow.model.OptimizerKind.SGD;
        boolean secondState = spec.kind() == org.gradflow.model.OptimizerKind.ADAM;
        for (int from = 0; from < n; from += FloatKernels.CHUNK) {
            int len = Math.min(FloatKernels.CHUNK, n - from);
            wm.getFloats(from, w, len);
            gm.getFloats(from, g, len);
            if (firstState) {
                s1m.getFloats(from, s1, len);
            }
            if (secondState) {
                s2m.getFloats(from, s2, len);
            }
            if (measure) {
                System.arraycopy(w, 0, old, 0, len);
            }
            step(spec, t, w, g, s1, s2, len);
            wm.putFloats(from, w, len);
            if (firstState) {
                s1m.putFloats(from, s1, len);
            }
            if (secondState) {
                s2m.putFloats(from, s2, len);
            }
            if (measure) {
                measure(sums, old, w, len, sumOld);
            }
        }
        if (measure) {
            if (!sumOld) {
                sums.oldSquares = knownOld;
            }
            p.recordValueSquares(sums.newSquares);
        }
        return sums;
    }

    /**
     * Adds the chunk's sums of squares of the change and of the new values (and of the old values when asked) to
     * {@code sums}. One loop over both arrays with eight fused multiply-add chains of each: the new values' sum keeps
     * exactly the order and operations of {@link FloatKernels#sumOfSquares(float[], int)}, so an old sum computed by
     * that method equals, bit for bit, the new sum the previous update recorded (a run restored from a file continues
     * with the same update ratios).
     */
    private static void measure(Sums sums, float[] before, float[] after, int len, boolean sumOld) {
        int whole = len & ~7;
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        double c4 = 0;
        double c5 = 0;
        double c6 = 0;
        double c7 = 0;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        for (int i = 0; i < whole; i += 8) {
            double a0 = after[i];
            double a1 = after[i + 1];
            double a2 = after[i + 2];
            double a3 = after[i + 3];
            double a4 = after[i + 4];
            double a5 = after[i + 5];
            double a6 = after[i + 6];
            double a7 = after[i + 7];
            double d0 = a0 - before[i];
            double d1 = a1 - before[i + 1];
            double d2 = a2 - before[i + 2];
            double d3 = a3 - before[i + 3];
            double d4 = a4 - before[i + 4];
            double d5 = a5 - before[i + 5];
            double d6 = a6 - before[i + 6];
            double d7 = a7 - before[i + 7];
            c0 = Math.fma(d0, d0, c0);
            c1 = Math.fma(d1, d1, c1);
            c2 = Math.fma(d2, d2, c2);
            c3 = Math.fma(d3, d3, c3);
            c4 = Math.fma(d4, d4, c4);
            c5 = Math.fma(d5, d5, c5);
            c6 = Math.fma(d6, d6, c6);
            c7 = Math.fma(d7, d7, c7);
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
            double a = after[i];
            double d = a - before[i];
            c0 = Math.fma(d, d, c0);
            s0 = Math.fma(a, a, s0);
        }
        sums.change += ((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7));
        sums.newSquares += ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        if (sumOld) {
            sums.oldSquares += FloatKernels.sumOfSquares(before, len);
        }
    }

    private static void step(OptimizerSpec spec, long t, float[] w, float[] g, float[] s1, float[] s2, int len) {
        double lr = spec.learningRate();
        double eps = spec.epsilon();
        switch (spec.kind()) {
            case SGD -> {
                float rate = (float) lr;
                for (int i = 0; i < len; i++) {
                    w[i] = w[i] - rate * g[i];
                }
            }
            case MOMENTUM -> {
                double mu = spec.momentum();
                for (int i = 0; i < len; i++) {
                    double v = mu * s1[i] - lr * g[i];
                    s1[i] = (float) v;
                    w[i] = (float) (w[i] + v);
                }
            }
            case NESTEROV -> {
                double mu = spec.momentum();
                for (int i = 0; i < len; i++) {
                    double prev = s1[i];
                    double v = mu * prev - lr * g[i];
                    s1[i] = (float) v;
                    w[i] = (float) (w[i] + (-mu * prev + (1 + mu) * v));
                }
            }
            case ADAGRAD -> {
                for (int i = 0; i < len; i++) {
                    double gi = g[i];
                    double acc = s1[i] + gi * gi;
                    s1[i] = (float) acc;
                    w[i] = (float) (w[i] + -lr * gi / (Math.sqrt(acc) + eps));
                }
            }
            case RMSPROP -> {
                double rho = spec.rho();
                for (int i = 0; i < len; i++) {
                    double gi = g[i];
                    double acc = rho * s1[i] + (1 - rho) * gi * gi;
                    s1[i] = (float) acc;
                    w[i] = (float) (w[i] + -lr * gi / (Math.sqrt(acc) + eps));
                }
            }
            case ADAM -> adam(spec, t, w, g, s1, s2, len);
        }
    }

    /** m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; w -= (lr / c1) m / (sqrt(v / c2) + eps), all in float. */
    private static void adam(OptimizerSpec spec, long t, float[] w, float[] g, float[] m, float[] v, int len) {
        double b1 = spec.beta1();
        double b2 = spec.beta2();
        float beta1 = (float) b1;
        float oneMinusBeta1 = (float) (1 - b1);
        float beta2 = (float) b2;
        float oneMinusBeta2 = (float) (1 - b2);
        float stepSize = (float) (spec.learningRate() / (1 - Math.pow(b1, t)));
        float invC2 = (float) (1 / (1 - Math.pow(b2, t)));
        float eps = (float) spec.epsilon();
        for (int i = 0; i < len; i++) {
            float gi = g[i];
            float mi = beta1 * m[i] + oneMinusBeta1 * gi;
            float vi = beta2 * v[i] + oneMinusBeta2 * (gi * gi);
            m[i] = mi;
            v[i] = vi;
            w[i] = w[i] - stepSize * mi / ((float) Math.sqrt(vi * invC2) + eps);
        }
    }
}
