package org.gradflow.ui.testing;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;

/** Synthetic steps for UI tests: layer k's gradient norm is 10^-(layers - k) * (1 + step / 1000), loss 1 / step. */
public final class TestSteps {
    private TestSteps() {
    }

    /** @return step {@code step} of a network with {@code layers} layers (validation every 10th step) */
    public static StepStats step(long step, int layers) {
        return step(step, layers, 0.1);
    }

    /** As {@link #step(long, int)} with a learning rate. */
    public static StepStats step(long step, int layers, double learningRate) {
        List<LayerStats> ls = new ArrayList<>();
        for (int k = 0; k < layers; k++) {
            double g = Math.pow(10, -(layers - k)) * (1 + step / 1000.0);
            ls.add(new LayerStats(g, g / 2, g * 3, 1e-3, 1 + k, 0.5, 0.2, 0.1 * k, Double.NaN, false));
        }
        boolean val = step % 10 == 0;
        return new StepStats(step, 1.0 / step, val ? 1.2 / step : Double.NaN, val ? 0.5 : Double.NaN, learningRate,
                1, 1, false, false, ls, List.of());
    }

    /** @return a History of steps 1..n of a network with {@code layers} layers */
    public static History history(int n, int layers) {
        History h = new History();
        for (long s = 1; s <= n; s++) {
            h.record(step(s, layers));
        }
        return h;
    }
}
