package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.junit.jupiter.api.Test;

/** Gradient histograms of float and double matrices against a count by the definition, with zeros and non-finite values. */
class HistogramCollectorTest {
    private static final float[] SPECIAL = {0f, -0f, Float.NaN, Float.intBitsToFloat(0x7FFF_FFFF),
        Float.intBitsToFloat(0xFFFF_FFFF), Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, 1e-12f,
        -1f, 3e4f, Float.MAX_VALUE};

    @Test
    void gradientHistogramsCountEveryValueWhereTheDefinitionPutsIt() {
        for (Precision precision : Precision.values()) {
            int rows = 37;
            int cols = 211; // more than one chunk of values
            Mat g = Mat.zeros(precision, rows, cols);
            SplittableRandom r = new SplittableRandom(3);
            double[] values = new double[rows * cols];
            for (int i = 0; i < values.length; i++) {
                float v = i % 50 < SPECIAL.length ? SPECIAL[i % 50]
                        : (float) (Math.pow(10, r.nextDouble(-16, 6)) * (r.nextBoolean() ? 1 : -1));
                values[i] = v;
                g.set(i, v);
            }
            Histogram h = HistogramCollector.gradients(g);
            long[] counts = new long[HistogramBins.GRAD_BINS];
            long zeros = 0;
            long nonFinite = 0;
            for (double v : values) {
                if (v == 0) {
                    zeros++;
                } else if (!Double.isFinite(v)) {
                    nonFinite++;
                } else {
                    int bin = (int) Math.floor((Math.log10(Math.abs(v)) + 12) * 4);
                    counts[Math.max(0, Math.min(HistogramBins.GRAD_BINS - 1, bin))]++;
                }
            }
            assertThat(h).as(precision.name()).isEqualTo(new Histogram(counts, zeros, nonFinite));
            assertThat(zeros).isPositive();
            assertThat(nonFinite).isPositive();
        }
    }
}
