package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fixed bins against the defining formula floor((log10 |g| + 12) * 4), clamped to the range. */
class HistogramBinsTest {
    @Test
    void gradientBinsMatchTheLogarithmicDefinition() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            double v = Math.pow(10, r.nextDouble(-15, 7)) * (r.nextBoolean() ? 1 : -1);
            int expected = (int) Math.floor((Math.log10(Math.abs(v)) + 12) * 4);
            expected = Math.max(0, Math.min(63, expected));
            assertThat(HistogramBins.gradientBin(v)).as("bin of %s", v).isEqualTo(expected);
        }
        assertThat(HistogramBins.GRAD_BINS).isEqualTo(64);
        assertThat(HistogramBins.gradientBin(1e-30)).isZero();
        assertThat(HistogramBins.gradientBin(1e30)).isEqualTo(63);
        assertThat(HistogramBins.gradientBin(1.0)).isEqualTo(48);
    }

    /** The table route gives the binary search's bin at every octave boundary and on both sides of every edge. */
    @Test
    void gradientBinFromTheExponentEqualsTheBinarySearch() {
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            for (double v : new double[] {p, Math.nextDown(p), Math.nextUp(p), -p, 1.5 * p}) {
                if (v != 0 && Double.isFinite(v)) {
                    assertThat(HistogramBins.gradientBin(v)).as("bin of %s", v)
                            .isEqualTo(HistogramBins.gradientBinBySearch(v));
                }
            }
        }
        for (int b = 0; b < HistogramBins.GRAD_BINS; b++) {
            double edge = HistogramBins.gradientBinLow(b);
            for (double v : new double[] {edge, Math.nextDown(edge), Math.nextUp(edge), Math.nextDown((float) edge),
                    (float) edge, Math.nextUp((float) edge)}) {
                assertThat(HistogramBins.gradientBin(v)).as("bin of %s", v)
                        .isEqualTo(HistogramBins.gradientBinBySearch(v));
                assertThat(HistogramBins.gradientBin(-v)).isEqualTo(HistogramBins.gradientBinBySearch(v));
            }
        }
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 1_000_000; i++) {
            float v = Float.intBitsToFloat(r.nextInt());
            if (v != 0 && Float.isFinite(v)) {
                assertThat(HistogramBins.gradientBin(v)).isEqualTo(HistogramBins.gradientBinBySearch(v));
            }
        }
    }

    /**
     * The float route (bits and integer tables) gives every float the slot of the double definition: zeros slot 0,
     * finite values 1 + their bin, infinities and NaNs one of the three slots after the bins.
     */
    @Test
    void floatSlotsEqualTheDoubleDefinitionForEveryKindOfFloat() {
        int bins = HistogramBins.GRAD_BINS;
        // every 251st bit pattern: all signs, exponents and a spread of mantissas (17 million floats)
        for (long bits = 0; bits <= 0xFFFF_FFFFL; bits += 251) {
            float v = Float.intBitsToFloat((int) bits);
            assertFloatSlot(v, bins);
        }
        for (int b = 0; b < bins; b++) {
            int edgeBits = Float.floatToRawIntBits((float) HistogramBins.gradientBinLow(b));
            for (int d = -4; d <= 4; d++) {
                float v = Float.intBitsToFloat(edgeBits + d);
                assertFloatSlot(v, bins);
                assertFloatSlot(-v, bins);
            }
        }
        for (int e = 0; e < 256; e++) { // both ends of every octave
            for (int bits : new int[] {e << 23, (e << 23) + 1, ((e + 1) << 23) - 1}) {
                assertFloatSlot(Float.intBitsToFloat(bits), bins);
                assertFloatSlot(Float.intBitsToFloat(bits | 0x8000_0000), bins);
            }
        }
        for (float v : new float[] {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0x7FFF_FFFF),
            Float.intBitsToFloat(0xFFFF_FFFF), Float.intBitsToFloat(0x7F80_0001), 1e-12f, 1e4f, 1f}) {
            assertFloatSlot(v, bins);
        }
        assertThat(HistogramBins.gradientSlotOfFloat(1f)).isEqualTo(49);
        assertThat(HistogramBins.gradientSlotOfFloat(-0f)).isZero();
    }

    private static void assertFloatSlot(float v, int bins) {
        int slot = HistogramBins.gradientSlotOfFloat(v);
        if (v == 0) {
            assertThat(slot).as("slot of %s", v).isZero();
        } else if (!Float.isFinite(v)) {
            assertThat(slot).as("slot of %s", v).isBetween(bins + 1, bins + 3);
        } else {
            assertThat(slot).as("slot of %s", v).isEqualTo(HistogramBins.gradientBinBySearch(v) + 1);
        }
    }

    @Test
    void activationBinsAreTenthsFromMinusFiveToFive() {
        assertThat(HistogramBins.activationBin(-5)).isZero();
        assertThat(HistogramBins.activationBin(-100)).isZero();
        assertThat(HistogramBins.activationBin(0.05)).isEqualTo(50);
        assertThat(HistogramBins.activationBin(4.99)).isEqualTo(99);
        assertThat(HistogramBins.activationBin(100)).isEqualTo(99);
        assertThat(HistogramBins.activationBinLow(50)).isEqualTo(0.0);
    }
}
