package org.gradflow.charts;

import java.util.List;
import java.util.Objects;

import org.gradflow.diagnostics.EventKind;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryEvent;
import org.gradflow.diagnostics.Series;
import org.gradflow.diagnostics.StepMetric;

/** Small facts about a History that several charts need, and their wording in subtitles. */
final class HistoryInfo {
    private HistoryInfo() {
    }

    /**
     * @param history a History with at least one step, not {@code null}
     * @return the first recorded step
     * @throws IllegalArgumentException if nothing was recorded
     */
    static long firstStep(History history) {
        Series loss = history.stepSeries(StepMetric.LOSS);
        if (loss.size() == 0) {
            throw new IllegalArgumentException("the History holds no steps");
        }
        return loss.stepStart(0);
    }

    /**
     * @param history the History, not {@code null}
     * @param step the step asked for; {@link ChartOptions#LATEST} for the last one
     * @return that step, clamped into the recorded steps
     */
    static long chosenStep(History history, long step) {
        long last = history.lastStep();
        return step == ChartOptions.LATEST ? last : Math.max(firstStep(history), Math.min(last, step));
    }

    /** @return whether a non-finite event covers {@code step} */
    static boolean nonFiniteAt(History history, long step) {
        for (HistoryEvent e : history.events()) {
            if (e.kind() == EventKind.NON_FINITE && e.covers(step)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param layers 1-based layer numbers in increasing order, not {@code null}, not empty
     * @param layerCount number of layers
     * @return for example "layer 6", "layers 1, 2 and 6", or "all 8 layers"
     */
    static String layerList(List<Integer> layers, int layerCount) {
        Objects.requireNonNull(layers, "layers");
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("no layers to list");
        }
        if (layers.size() == layerCount && layerCount > 1) {
            return "all " + layerCount + " layers";
        }
        if (layers.size() == 1) {
            return "layer " + layers.get(0);
        }
        int shown = Math.min(layers.size(), 12);
        StringBuilder b = new StringBuilder("layers ");
        for (int i = 0; i < shown - 1; i++) {
            b.append(layers.get(i)).append(i < shown - 2 ? ", " : "");
        }
        if (shown < layers.size()) {
            return b.append(", ").append(layers.get(shown - 1)).append(" and ").append(layers.size() - shown)
                    .append(" more").toString();
        }
        return b.append(" and ").append(layers.get(shown - 1)).toString();
    }
}
