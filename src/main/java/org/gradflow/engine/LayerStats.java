package org.gradflow.engine;

/**
 * The statistics of one layer at one training step, reduced to plain numbers. NaN means "not defined for this
 * layer" (for example {@code saturation} of a ReLU layer) or "not computable" (after a non-finite value).
 *
 * @param gradNormW L2 (Frobenius) norm of dLoss/dW, before clipping and before the optimiser (includes L1/L2 terms)
 * @param gradNormB L2 norm of dLoss/db, before clipping and before the optimiser
 * @param signalNorm Frobenius norm of dLoss/dz over the batch, z = x W + b the pre-activation
 * @param updateRatio ||applied update of W|| / ||W before the update||
 * @param weightNorm ||W|| after the update
 * @param actMean mean of the layer's activation output over batch and units (before dropout)
 * @param actStd population standard deviation of that output over batch and units
 * @param saturation fraction of (example, unit) pairs where the activation's derivative is below 5% of its
 *        maximum; NaN for activations without a vanishing region (identity, ReLU family, softmax)
 * @param deadFraction fraction of units that are dead for the whole batch: output exactly 0 (ReLU) or activation
 *        input negative (Leaky ReLU, RReLU); NaN for other activations
 * @param nonFinite whether any activation, gradient or weight of the layer was NaN or infinite
 */
public record LayerStats(double gradNormW, double gradNormB, double signalNorm, double updateRatio, double weightNorm,
                         double actMean, double actStd, double saturation, double deadFraction, boolean nonFinite) {
}
