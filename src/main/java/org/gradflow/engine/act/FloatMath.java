package org.gradflow.engine.act;

/**
 * tanh and the logistic function for float32 values, several times cheaper than through {@link Math#exp}. The float
 * input is widened to double and the result rounded to float once; in between, the double result is within 1e-8
 * relative of the exact value (a sixth of a float ulp), so the float returned is at most 1 float ulp from the exact
 * value (FloatMathTest measures this over a dense sweep of all floats).
 * <ul>
 * <li>tanh: an odd rational minimax approximation u P(u^2) / Q(u^2) of degrees 13 / 6 on [-9.1, 9.1] (relative error
 * below 7.5e-9, fitted for this class); +-1 beyond (tanh(9.1) rounds to 1 in float). No exponential, one
 * division.</li>
 * <li>logistic: 1 / (1 + e^-u), e^y from a range reduction y = n ln 2 + r, |r| &lt;= ln 2 / 2, and a degree-8
 * polynomial for e^r (relative error below 3e-10).</li>
 * </ul>
 * Comparisons clamp the inputs: {@link Math#min(double, double)} and {@code max} are slow on doubles in Java 17.
 * Only for the float32 path: the float64 path (gradient checks) uses {@link Activations#tanh} and
 * {@link Activations#sigmoid}.
 */
public final class FloatMath {
    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471803691238; // ln 2 with the low 32 bits of its mantissa zero
    private static final double LN2_LO = 1.9082149292705877e-10;
    /** 1.5 * 2^52: adding and subtracting it rounds a double of magnitude below 2^51 to an integer. */
    private static final double ROUNDER = 6755399441055744.0;
    /** tanh's approximation interval is [-TANH_CLAMP, TANH_CLAMP]; beyond, tanh rounds to +-1 in float. */
    private static final double TANH_CLAMP = 9.1;
    private static final double P0 = 0.9999999926155795;
    private static final double P1 = 0.1307975737805489;
    private static final double P2 = 0.0030991989220334397;
    private static final double P3 = 1.110430440043366e-05;
    private static final double P4 = -2.002062374469131e-08;
    private static final double P5 = 5.1783751776458817e-11;
    private static final double P6 = -8.230157834720271e-14;
    private static final double Q1 = 0.46413083771864616;
    private static final double Q2 = 0.024476253425224158;
    private static final double Q3 = 0.000253920405369999;
    /** The logistic function's input is clamped to +-this; beyond, its float value is 0 or 1 anyway. */
    private static final double SIGMOID_LIMIT = 120;

    private FloatMath() {
    }

    /**
     * @param y at most 700 in magnitude (larger or NaN gives a meaningless or NaN result)
     * @return e^y with relative error below 3e-10
     */
    static double exp(double y) {
        double t = y * LOG2E + ROUNDER;
        double n = t - ROUNDER;
        double r = (y - n * LN2_HI) - n * LN2_LO;
        double r2 = r * r;
        double r4 = r2 * r2;
        double p = (1 + r) + r2 * (1.0 / 2 + r * (1.0 / 6)) + r4 * ((1.0 / 24 + r * (1.0 / 120))
                + r2 * (1.0 / 720 + r * (1.0 / 5040)) + r4 * (1.0 / 40320));
        return p * Double.longBitsToDouble(((long) n + 1023) << 52);
    }

    /** @return tanh(u), at most 1 float ulp from the exact value; tanh(+-0) = +-0, NaN for NaN, +-1 for +-infinity */
    public static float tanh(float u) {
        double x = u;
        if (x >= TANH_CLAMP) {
            return 1f;
        }
        if (x <= -TANH_CLAMP) {
            return -1f;
        }
        double t = x * x;
        double t2 = t * t;
        double p = (P0 + t * P1) + t2 * ((P2 + t * P3) + t2 * ((P4 + t * P5) + t2 * P6));
        double q = (1 + t * Q1) + t2 * (Q2 + t * Q3);
        return (float) (x * p / q);
    }

    /** @return 1 / (1 + e^-u), at most 1 float ulp from the exact value; NaN for NaN, 0 and 1 at the infinities */
    public static float sigmoid(float u) {
        double x = u;
        if (x > SIGMOID_LIMIT) {
            x = SIGMOID_LIMIT;
        } else if (x < -SIGMOID_LIMIT) {
            x = -SIGMOID_LIMIT;
        }
        return (float) (1 / (1 + exp(-x)));
    }
}
