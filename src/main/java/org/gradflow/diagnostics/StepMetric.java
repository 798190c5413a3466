package org.gradflow.diagnostics;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.gradflow.engine.StepStats;

/**
 * The whole-network numbers of a {@link StepStats} that the {@link History} keeps over time, each with its CSV column
 * name. Units are those of {@link StepStats}; {@link #CLIPPED} and {@link #NON_FINITE} are 1 or 0, so their bucket
 * mean is the fraction of such steps. {@link #VAL_LOSS} and {@link #VAL_ACCURACY} are NaN on steps without
 * validation.
 */
public enum StepMetric {
    /** Mean training loss of the batch. */
    LOSS("loss", StepStats::loss),
    /** Mean validation loss, NaN when not measured. */
    VAL_LOSS("val_loss", StepStats::valLoss),
    /** Validation accuracy in [0, 1], NaN when not measured. */
    VAL_ACCURACY("val_accuracy", StepStats::valAccuracy),
    /** Learning rate of the update. */
    LEARNING_RATE("learning_rate", StepStats::learningRate),
    /** L2 norm of the whole gradient before clipping. */
    GRAD_NORM_GLOBAL("grad_norm_global", StepStats::gradNormGlobal),
    /** L2 norm of the whole gradient after clipping. */
    GRAD_NORM_GLOBAL_CLIPPED("grad_norm_global_clipped", StepStats::gradNormGlobalClipped),
    /** 1 when clipping changed the gradient, else 0. */
    CLIPPED("clipped", s -> s.clipped() ? 1 : 0),
    /** 1 when a NaN or infinity appeared, else 0. */
    NON_FINITE("non_finite", s -> s.nonFinite() ? 1 : 0);

    private static final StepMetric[] VALUES = values();

    private final String csvName;
    private final ToDoubleFunction<StepStats> extractor;

    StepMetric(String csvName, ToDoubleFunction<StepStats> extractor) {
        this.csvName = csvName;
        this.extractor = extractor;
    }

    /**
     * @param stats the step's statistics, not {@code null}
     * @return this metric's value in {@code stats} (may be NaN or infinite)
     */
    public double of(StepStats stats) {
        return extractor.applyAsDouble(Objects.requireNonNull(stats, "stats"));
    }

    /** @return the lower-case CSV column name, for example {@code grad_norm_global} */
    public String csvName() {
        return csvName;
    }

    /**
     * @param csvName a name returned by {@link #csvName()}, not {@code null}
     * @return the metric with that CSV name
     * @throws IllegalArgumentException when no metric has that name
     */
    public static StepMetric fromCsvName(String csvName) {
        Objects.requireNonNull(csvName, "csvName");
        for (StepMetric m : VALUES) {
            if (m.csvName.equals(csvName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no step metric named '" + csvName + "'");
    }

    /** @return number of metrics, without copying {@link #values()} */
    static int count() {
        return VALUES.length;
    }

    /** @return the metric with this ordinal, without copying {@link #values()} */
    static StepMetric at(int ordinal) {
        return VALUES[ordinal];
    }
}
