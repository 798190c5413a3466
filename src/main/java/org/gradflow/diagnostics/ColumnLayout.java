package org.gradflow.diagnostics;

import java.util.List;
import java.util.Objects;

import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;

/**
 * Where each number of a step lives in a row of the History's columnar stores: first the {@link StepMetric}s in
 * ordinal order, then for each layer (input side first) its {@link LayerMetric}s in ordinal order.
 */
final class ColumnLayout {
    static final int STEP_COLUMNS = StepMetric.count();
    static final int LAYER_COLUMNS = LayerMetric.count();

    private final int layers;
    private final int columns;

    ColumnLayout(int layers) {
        if (layers < 0) {
            throw new IllegalArgumentException("layers must not be negative, got " + layers);
        }
        this.layers = layers;
        this.columns = columnsFor(layers);
    }

    /** @return number of columns of a net with {@code layers} layers */
    static int columnsFor(int layers) {
        return STEP_COLUMNS + layers * LAYER_COLUMNS;
    }

    int layers() {
        return layers;
    }

    int columns() {
        return columns;
    }

    int column(StepMetric metric) {
        return Objects.requireNonNull(metric, "metric").ordinal();
    }

    int column(int layer, LayerMetric metric) {
        Objects.requireNonNull(metric, "metric");
        Objects.checkIndex(layer, layers);
        return STEP_COLUMNS + layer * LAYER_COLUMNS + metric.ordinal();
    }

    /**
     * Writes the numbers of {@code stats} into {@code row} (length {@link #columns()}). Written field by field for
     * speed; {@code ColumnLayoutTest} checks it against {@link StepMetric#of} and {@link LayerMetric#of}.
     */
    void fill(StepStats stats, double[] row) {
        row[0] = stats.loss();
        row[1] = stats.valLoss();
        row[2] = stats.valAccuracy();
        row[3] = stats.learningRate();
        row[4] = stats.gradNormGlobal();
        row[5] = stats.gradNormGlobalClipped();
        row[6] = stats.clipped() ? 1 : 0;
        row[7] = stats.nonFinite() ? 1 : 0;
        List<LayerStats> ls = stats.layers();
        int c = STEP_COLUMNS;
        for (int i = 0; i < layers; i++) {
            LayerStats l = ls.get(i);
            row[c] = l.gradNormW();
            row[c + 1] = l.gradNormB();
            row[c + 2] = l.signalNorm();
            row[c + 3] = l.updateRatio();
            row[c + 4] = l.weightNorm();
            row[c + 5] = l.actMean();
            row[c + 6] = l.actStd();
            row[c + 7] = l.saturation();
            row[c + 8] = l.deadFraction();
            row[c + 9] = l.nonFinite() ? 1 : 0;
            c += LAYER_COLUMNS;
        }
    }
}
