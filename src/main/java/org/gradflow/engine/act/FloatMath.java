package org.gradflow.engine.act;

/**
 * tanh and the logistic function for float32 values, without {@link Math#exp}: the float input is widened to
 * double, e^y comes from a range reduction (y = n ln 2 + r, |r| &lt;= ln 2 / 2) and a degree-11 Taylor polynomial
 * for e^r (relative error below 1e-14), and the result is rounded to float once. The double result is within about
 * 1e-12 relative of the exact value, so the float returned is the correctly rounded one or its neighbour: at most
 * 1 float ulp from the exact value (ActivationsFloatTest measures this over a dense sweep of all floats). No
 * branches on data except the tiny and the saturated ranges of tanh. Only for the float32 path: the float64 path
 * (gradient checks) uses {@link Activations#tanh} and {@link Activations#sigmoid}.
 */
public final class FloatMath {
    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471803691238; // ln 2 with the low 32 bits of its mantissa zero
    private static final double LN2_LO = 1.9082149292705877e-10;
    /** 1.5 * 2^52: adding and subtracting it rounds a double of magnitude below 2^51 to an integer. */
    private static final double ROUNDER = 6755399441055744.0;
    /** Below this |u|, tanh comes from its Taylor series (the quotient of exponentials would cancel). */
    private static final double TANH_TINY = 0x1p-10;
    /** From this |u| on, tanh rounds to +-1 in float (1 - tanh(10) = 4e-9 is below half a float ulp of 1). */
    private static final double TANH_ONE = 10;
    /** The logistic function's input is clamped to +-this; beyond, its float value is 0 or 1 anyway. */
    private static final double SIGMOID_LIMIT = 120;

    private FloatMath() {
    }

    /**
     * @param y at most 700 in magnitude (larger or NaN gives a meaningless or NaN result)
     * @return e^y with relative error below about 1e-14
     */
    static double exp(double y) {
        double t = y * LOG2E + ROUNDER;
        double n = t - ROUNDER;
        double r = (y - n * LN2_HI) - n * LN2_LO;
        double p = 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720
                + r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880 + r * (1.0 / 3628800
                + r * (1.0 / 39916800)))))))))));
        return p * Double.longBitsToDouble(((long) n + 1023) << 52);
    }

    /** @return tanh(u), at most 1 float ulp from the exact value; tanh(+-0) = +-0, NaN for NaN, +-1 for +-infinity */
    public static float tanh(float u) {
        double x = u;
        double a = Math.abs(x);
        if (a < TANH_TINY) {
            double x2 = x * x;
            return (float) (x * (1 - x2 * (1.0 / 3 - x2 * (2.0 / 15 - x2 * (17.0 / 315)))));
        }
        if (a >= TANH_ONE) {
            return u > 0 ? 1f : -1f;
        }
        double t = 1 - 2 / (exp(2 * a) + 1);
        return (float) Math.copySign(t, x);
    }

    /** @return 1 / (1 + e^-u), at most 1 float ulp from the exact value; NaN for NaN, 0 and 1 at the infinities */
    public static float sigmoid(float u) {
        double x = Math.max(-SIGMOID_LIMIT, Math.min(SIGMOID_LIMIT, (double) u));
        return (float) (1 / (1 + exp(-x)));
    }
}
