package org.gradflow.engine.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The float32 tanh and logistic function against an independent computation: {@link Math#tanh} and
 * 1 / (1 + {@link Math#exp}(-u)) in double, over a dense sweep of all float bit patterns (every 61st, about 70
 * million values, both signs, zeros, subnormals, the saturated ranges) and every float in [-4, 4] with a step of 16
 * ulps, plus the special values. The error is measured in ulps of the float nearest the exact value.
 */
class FloatMathTest {
    private static double ulpError(float approx, double exact) {
        float nearest = (float) exact;
        if (approx == nearest) {
            return 0;
        }
        return Math.abs(approx - exact) / Math.ulp(nearest);
    }

    private static double logistic(double u) {
        return 1 / (1 + Math.exp(-u));
    }

    private interface FloatFunction {
        float apply(float u);
    }

    /** @return the largest error in ulps over the sweep */
    private static double maxUlpError(FloatFunction f, DoubleUnaryOperator exact) {
        double worst = 0;
        for (long bits = 0; bits <= 0xFFFFFFFFL; bits += 61) {
            float u = Float.intBitsToFloat((int) bits);
            if (Float.isNaN(u)) {
                continue;
            }
            worst = Math.max(worst, ulpError(f.apply(u), exact.applyAsDouble(u)));
        }
        for (float u = -4; u <= 4; u = Math.nextUp(Math.nextUp(u)) + 15 * Math.ulp(u)) {
            worst = Math.max(worst, ulpError(f.apply(u), exact.applyAsDouble(u)));
        }
        return worst;
    }

    @Test
    void tanhIsWithinOneUlpOfMathTanh() {
        assertThat(maxUlpError(FloatMath::tanh, Math::tanh)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void sigmoidIsWithinOneUlpOfTheExactLogistic() {
        assertThat(maxUlpError(FloatMath::sigmoid, FloatMathTest::logistic)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void specialValues() {
        assertThat(Float.floatToRawIntBits(FloatMath.tanh(0f))).isZero();
        assertThat(Float.floatToRawIntBits(FloatMath.tanh(-0f))).isEqualTo(Float.floatToRawIntBits(-0f));
        assertThat(FloatMath.tanh(Float.NaN)).isNaN();
        assertThat(FloatMath.tanh(Float.POSITIVE_INFINITY)).isEqualTo(1f);
        assertThat(FloatMath.tanh(Float.NEGATIVE_INFINITY)).isEqualTo(-1f);
        assertThat(FloatMath.tanh(Float.MAX_VALUE)).isEqualTo(1f);
        assertThat(FloatMath.tanh(-Float.MIN_VALUE)).isEqualTo(-Float.MIN_VALUE);
        assertThat(FloatMath.tanh(1e-20f)).isEqualTo(1e-20f);
        assertThat(FloatMath.sigmoid(0f)).isEqualTo(0.5f);
        assertThat(FloatMath.sigmoid(Float.NaN)).isNaN();
        assertThat(FloatMath.sigmoid(Float.POSITIVE_INFINITY)).isEqualTo(1f);
        assertThat(FloatMath.sigmoid(Float.NEGATIVE_INFINITY)).isEqualTo(0f);
        assertThat(FloatMath.sigmoid(-Float.MAX_VALUE)).isEqualTo(0f);
        assertThat(FloatMath.sigmoid(-100f)).isEqualTo((float) logistic(-100));
        assertThat(FloatMath.sigmoid(-103f)).isEqualTo((float) logistic(-103));
    }

    @Test
    void expIsAccurateOverItsRange() {
        for (double y = -700; y <= 700; y += 0.0137) {
            double exact = Math.exp(y);
            assertThat(Math.abs(FloatMath.exp(y) - exact)).as("exp(%s)", y).isLessThanOrEqualTo(3e-10 * exact);
        }
    }
}
