package org.gradflow.diagnostics;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.gradflow.engine.LayerStats;

/**
 * The per-layer numbers of a {@link LayerStats} that the {@link History} keeps over time, each with its CSV column
 * name. Units are those of {@link LayerStats}; {@link #NON_FINITE} is 1 when the layer held a NaN or infinity and 0
 * otherwise, so its bucket mean is the fraction of such steps.
 */
public enum LayerMetric {
    /** L2 norm of dLoss/dW. */
    GRAD_NORM_W("grad_norm_w", LayerStats::gradNormW),
    /** L2 norm of dLoss/db. */
    GRAD_NORM_B("grad_norm_b", LayerStats::gradNormB),
    /** Frobenius norm of dLoss/dz over the batch. */
    SIGNAL_NORM("signal_norm", LayerStats::signalNorm),
    /** ||update of W|| / ||W||. */
    UPDATE_RATIO("update_ratio", LayerStats::updateRatio),
    /** ||W|| after the update. */
    WEIGHT_NORM("weight_norm", LayerStats::weightNorm),
    /** Mean activation output. */
    ACT_MEAN("act_mean", LayerStats::actMean),
    /** Population standard deviation of the activation output. */
    ACT_STD("act_std", LayerStats::actStd),
    /** Saturated fraction in [0, 1], NaN when undefined. */
    SATURATION("saturation", LayerStats::saturation),
    /** Dead-unit fraction in [0, 1], NaN when undefined. */
    DEAD_FRACTION("dead_fraction", LayerStats::deadFraction),
    /** 1 when the layer held a NaN or infinity, else 0. */
    NON_FINITE("non_finite", s -> s.nonFinite() ? 1 : 0);

    private static final LayerMetric[] VALUES = values();

    private final String csvName;
    private final ToDoubleFunction<LayerStats> extractor;

    LayerMetric(String csvName, ToDoubleFunction<LayerStats> extractor) {
        this.csvName = csvName;
        this.extractor = extractor;
    }

    /**
     * @param stats the layer's statistics, not {@code null}
     * @return this metric's value in {@code stats} (may be NaN or infinite)
     */
    public double of(LayerStats stats) {
        return extractor.applyAsDouble(Objects.requireNonNull(stats, "stats"));
    }

    /** @return the lower-case CSV column name, for example {@code grad_norm_w} */
    public String csvName() {
        return csvName;
    }

    /**
     * @param csvName a name returned by {@link #csvName()}, not {@code null}
     * @return the metric with that CSV name
     * @throws IllegalArgumentException when no metric has that name
     */
    public static LayerMetric fromCsvName(String csvName) {
        Objects.requireNonNull(csvName, "csvName");
        for (LayerMetric m : VALUES) {
            if (m.csvName.equals(csvName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no layer metric named '" + csvName + "'");
    }

    /** @return number of metrics, without copying {@link #values()} */
    static int count() {
        return VALUES.length;
    }

    /** @return the metric with this ordinal, without copying {@link #values()} */
    static LayerMetric at(int ordinal) {
        return VALUES[ordinal];
    }
}
