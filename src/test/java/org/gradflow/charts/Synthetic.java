package org.gradflow.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gradflow.diagnostics.History;
import org.gradflow.engine.Histogram;
import org.gradflow.engine.HistogramBins;
import org.gradflow.engine.LayerHistograms;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;

/** Synthetic runs for chart tests whose every value is known. */
final class Synthetic {
    private Synthetic() {
    }

    /** The gradient norm of {@code layer} (0-based) at {@code step}: 10^-(layers - layer), times 1 + step / 1000. */
    static double gradNorm(int layer, int layers, long step) {
        return Math.pow(10, -(layers - layer)) * (1 + step / 1000.0);
    }

    /**
     * @param layers number of layers
     * @param steps steps 1..steps are recorded
     * @param nonFinite steps at which every layer's values are NaN and the step is flagged non-finite
     * @param clipped steps flagged as clipped
     * @return the History
     */
    static History history(int layers, long steps, Set<Long> nonFinite, Set<Long> clipped) {
        return history(new History(), layers, steps, nonFinite, clipped);
    }

    /** Records into {@code h} as {@link #history(int, long, Set, Set)} does and returns it. */
    static History history(History h, int layers, long steps, Set<Long> nonFinite, Set<Long> clipped) {
        for (long s = 1; s <= steps; s++) {
            h.record(step(s, layers, nonFinite.contains(s), clipped.contains(s)));
        }
        return h;
    }

    /** @return step {@code s} with the values of {@link #gradNorm}, histograms every 10th step */
    static StepStats step(long s, int layers, boolean nonFinite, boolean clipped) {
        List<LayerStats> stats = new ArrayList<>();
        List<LayerHistograms> histograms = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            double g = nonFinite ? Double.NaN : gradNorm(l, layers, s);
            stats.add(new LayerStats(g, g, g, nonFinite ? Double.NaN : 1e-3, 1, 0.1 * l, 0.5, 0.25, 0.5, nonFinite));
            long[] grad = new long[HistogramBins.GRAD_BINS];
            grad[HistogramBins.gradientBin(g > 0 ? g : 1)] = 10;
            long[] act = new long[HistogramBins.ACT_BINS];
            act[HistogramBins.activationBin(0.1 * l)] = 10;
            histograms.add(new LayerHistograms(new Histogram(grad, 0, 0), new Histogram(act, 0, 0)));
        }
        return new StepStats(s, nonFinite ? Double.NaN : 1.0 / s, s % 10 == 0 ? 2.0 / s : Double.NaN,
                s % 10 == 0 ? 0.5 : Double.NaN, 0.1, 1, 1, clipped, nonFinite, stats,
                s % 10 == 0 || s == 1 ? histograms : List.of());
    }
}
