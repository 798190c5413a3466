package org.gradflow.engine;

import java.util.Objects;

/**
 * Histograms of one layer at one step.
 *
 * @param weightGradients dLoss/dW values by magnitude, gradient bins, not {@code null}
 * @param activations the layer's activation outputs, activation bins, not {@code null}
 */
public record LayerHistograms(Histogram weightGradients, Histogram activations) {
    public LayerHistograms {
        Objects.requireNonNull(weightGradients, "weightGradients");
        Objects.requireNonNull(activations, "activations");
    }
}
