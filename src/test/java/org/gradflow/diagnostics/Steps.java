package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gradflow.engine.Histogram;
import org.gradflow.engine.HistogramBins;
import org.gradflow.engine.LayerHistograms;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;

/** Synthetic {@link StepStats} for the diagnostics tests; every value is a pure function of step and column. */
final class Steps {
    private Steps() {
    }

    /**
     * The synthetic value of {@code column} (History column order) at {@code step}: a smooth curve plus hashed noise,
     * NaN for undefined metrics (validation on every 10th step only; saturation of even layers; dead fraction of odd
     * layers) and the occasional infinity.
     */
    static double value(long step, int column) {
        if (column == 1 || column == 2) {
            if (step % 10 != 0) {
                return Double.NaN;
            }
        }
        if (column == 6) {
            return step % 7 < 2 ? 1 : 0;
        }
        if (column == 7) {
            return 0;
        }
        if (column >= 8) {
            int layer = (column - 8) / 10;
            int m = (column - 8) % 10;
            if (m == 7 && layer % 2 == 0 || m == 8 && layer % 2 == 1) {
                return Double.NaN;
            }
            if (m == 9) {
                return 0;
            }
        }
        if (column == 4 && step % 997 == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (column == 8 && step % 1009 == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        long h = (step * 0x9E3779B97F4A7C15L) ^ (column * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 29;
        double noise = (h & 0xFFFF) / 65536.0 - 0.5;
        return Math.sin(step * 0.0137 + column) * Math.exp(column % 5 - 2) + noise;
    }

    /** @return the synthetic step {@code step} of a net with {@code layers} layers, without histograms */
    static StepStats step(long step, int layers) {
        return step(step, layers, List.of());
    }

    /** @return the synthetic step {@code step} with the given histograms */
    static StepStats step(long step, int layers, List<LayerHistograms> histograms) {
        List<LayerStats> ls = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            int c = 8 + 10 * l;
            ls.add(new LayerStats(value(step, c), value(step, c + 1), value(step, c + 2), value(step, c + 3),
                    value(step, c + 4), value(step, c + 5), value(step, c + 6), value(step, c + 7),
                    value(step, c + 8), value(step, c + 9) != 0));
        }
        return new StepStats(step, value(step, 0), value(step, 1), value(step, 2), value(step, 3), value(step, 4),
                value(step, 5), value(step, 6) != 0, value(step, 7) != 0, ls, histograms);
    }

    /** @return a copy of {@code s} with its step flagged non-finite and loss NaN */
    static StepStats nonFinite(StepStats s) {
        return new StepStats(s.step(), Double.NaN, s.valLoss(), s.valAccuracy(), s.learningRate(),
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, s.clipped(), true, s.layers(), s.histograms());
    }

    /** @return a copy of {@code s} with the given clipping flag */
    static StepStats clipped(StepStats s, boolean clipped) {
        return new StepStats(s.step(), s.loss(), s.valLoss(), s.valAccuracy(), s.learningRate(), s.gradNormGlobal(),
                s.gradNormGlobalClipped(), clipped, s.nonFinite(), s.layers(), s.histograms());
    }

    /**
     * @return histograms of {@code layers} layers with the engine's bins, whose counts depend on {@code seed}; every
     *         gradient histogram totals {@code 1000 + seed}, every activation histogram {@code 500 + seed}
     */
    static List<LayerHistograms> histograms(int layers, int seed) {
        List<LayerHistograms> out = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            long[] g = new long[HistogramBins.GRAD_BINS];
            g[(seed + l) % g.length] = 990 + seed;
            g[(seed * 7 + 3) % g.length] += 5;
            long[] a = new long[HistogramBins.ACT_BINS];
            a[(seed * 3 + l) % a.length] = 499 + seed;
            out.add(new LayerHistograms(new Histogram(g, 3, 2), new Histogram(a, 0, 1)));
        }
        return out;
    }

    /** Asserts that two doubles are the same value, NaN equal to NaN (unlike a primitive comparison). */
    static void assertSameValue(double actual, double expected, String description) {
        assertThat(Double.valueOf(actual)).as(description).isEqualTo(Double.valueOf(expected));
    }
}
