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
