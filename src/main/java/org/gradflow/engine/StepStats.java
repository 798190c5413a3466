package org.gradflow.engine;

import java.util.List;
import java.util.Objects;

/**
 * Everything measured at one training step, as plain numbers; safe to hand to another thread.
 *
 * @param step 1-based number of the update this describes
 * @param loss mean training loss of the step's batch (all micro-batches), without L1/L2 terms
 * @param valLoss mean validation loss, NaN when not measured at this step (or no validation set), positive infinity
 *        when the validation pass overflowed
 * @param valAccuracy validation accuracy in [0, 1] for classification, or NaN when not measured or regression
 * @param learningRate the learning rate used for this update
 * @param gradNormGlobal L2 norm of the whole gradient (all layers, all parameters) before clipping
 * @param gradNormGlobalClipped the same after clipping (equal to {@code gradNormGlobal} when clipping did nothing)
 * @param clipped whether clipping changed the gradient
 * @param nonFinite whether a NaN or infinity appeared; training stops after such a step
 * @param layers per-layer statistics, input side first, not {@code null}
 * @param histograms per-layer histograms, input side first, or an empty list at steps without histograms
 */
public record StepStats(long step, double loss, double valLoss, double valAccuracy, double learningRate,
                        double gradNormGlobal, double gradNormGlobalClipped, boolean clipped, boolean nonFinite,
                        List<LayerStats> layers, List<LayerHistograms> histograms) {
    public StepStats {
        layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
        histograms = List.copyOf(Objects.requireNonNull(histograms, "histograms"));
    }

    /** @return whether this step carries histograms */
    public boolean hasHistograms() {
        return !histograms.isEmpty();
    }
}
