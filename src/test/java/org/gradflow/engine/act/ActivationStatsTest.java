package org.gradflow.engine.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The saturation count and finiteness check the float32 forward pass accumulates, against a direct count. */
class ActivationStatsTest {
    private static final int ROWS = 70;
    private static final int UNITS = 64; // 4,480 values: two whole chunks and a partial one

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = {"TANH", "SIGMOID", "SOFTSIGN", "ELU", "GELU"})
    void saturationCountEqualsTheCountOfInputsBeyondTheFloatEdges(ActivationKind kind) {
        Activation f = Activations.create(ActivationSpec.of(kind), ROWS * UNITS);
        float[] values = inputs(f, new SplittableRandom(kind.ordinal()));
        ActivationStats stats = forward(f, values);

        assertThat(stats.forwardValid).isTrue();
        assertThat(stats.nonFinite).isFalse();
        assertThat(stats.saturated).isEqualTo(directCount(f, values)).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = {"TANH", "SIGMOID"})
    void nanInputIsFlaggedAndNotCountedAsSaturated(ActivationKind kind) {
        Activation f = Activations.create(ActivationSpec.of(kind), ROWS * UNITS);
        float[] values = inputs(f, new SplittableRandom(7));
        values[2100] = Float.NaN;
        values[3] = Float.NEGATIVE_INFINITY;
        values[4000] = Float.POSITIVE_INFINITY;
        ActivationStats stats = forward(f, values);

        assertThat(stats.nonFinite).isTrue();
        assertThat(stats.saturated).isEqualTo(directCount(f, values));
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = {"TANH", "SIGMOID", "SOFTSIGN"})
    void infiniteInputIsFlaggedThoughItsOutputIsFinite(ActivationKind kind) {
        Activation f = Activations.create(ActivationSpec.of(kind), ROWS * UNITS);
        float[] values = inputs(f, new SplittableRandom(8));
        values[4100] = Float.NEGATIVE_INFINITY;
        ActivationStats stats = forward(f, values);

        assertThat(stats.nonFinite).isTrue();
        assertThat(stats.saturated).isEqualTo(directCount(f, values));
    }

    /** Random inputs plus the float edges of the saturation region, their neighbours and both zeros. */
    private static float[] inputs(Activation f, SplittableRandom random) {
        float[] v = new float[ROWS * UNITS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextGaussian() * 4);
        }
        float low = (float) f.saturationLow();
        float high = (float) f.saturationHigh();
        float[] edges = {low, Math.nextUp(low), Math.nextDown(low), high, Math.nextUp(high), Math.nextDown(high),
            -0f, 0f};
        for (int k = 0; k < edges.length; k++) {
            if (Float.isFinite(edges[k])) { // ELU and GELU do not saturate on the positive side: high is infinite
                v[500 * k + 11] = edges[k];
            }
        }
        return v;
    }

    private static ActivationStats forward(Activation f, float[] values) {
        Mat u = Mat.zeros(Precision.FLOAT32, ROWS, UNITS);
        Mat a = Mat.zeros(Precision.FLOAT32, ROWS, UNITS);
        u.putFloats(0, values, values.length);
        ActivationStats stats = new ActivationStats(UNITS);
        f.forward(u, a, ROWS, values.length, true, null, stats);
        return stats;
    }

    private static long directCount(Activation f, float[] values) {
        long count = 0;
        for (float x : values) {
            if (x < f.saturationLow() || x > f.saturationHigh()) {
                count++;
            }
        }
        return count;
    }
}
