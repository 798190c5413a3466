package org.gradflow.cli;

import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;

/** Plain words for a step that met a NaN or infinity: which layers, and what to try. */
public final class NonFiniteReport {
    private NonFiniteReport() {
    }

    /**
     * @param stats the step that stopped the run, or {@code null}
     * @return e.g. "first in layer 3 of 10; try a smaller learning rate, gradient clipping or a smaller init"
     */
    public static String describe(StepStats stats) {
        if (stats == null) {
            return "no step recorded";
        }
        int first = -1;
        for (int i = 0; i < stats.layers().size(); i++) {
            LayerStats l = stats.layers().get(i);
            if (l.nonFinite()) {
                first = i;
                break;
            }
        }
        String where = first >= 0 ? "first in layer " + (first + 1) + " of " + stats.layers().size()
                : Double.isFinite(stats.loss()) ? "in the gradients" : "in the loss";
        return where + "; try a smaller learning rate, gradient clipping, a smaller weight init, or L2";
    }
}
