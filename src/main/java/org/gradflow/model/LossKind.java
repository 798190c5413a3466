package org.gradflow.model;

/**
 * Losses, each the mean over the batch (and over output units for MSE and binary cross-entropy).
 * <ul>
 * <li>MSE: mean over batch and outputs of (y - t)^2; any output activation except softmax</li>
 * <li>SOFTMAX_CROSS_ENTROPY: -mean over batch of sum_j t_j log softmax(u)_j; needs a softmax output layer</li>
 * <li>BINARY_CROSS_ENTROPY: -mean over batch and outputs of t log p + (1 - t) log(1 - p); needs a sigmoid output</li>
 * </ul>
 */
public enum LossKind {
    MSE, SOFTMAX_CROSS_ENTROPY, BINARY_CROSS_ENTROPY
}
